DROP INDEX `members_pinyin`;--> statement-breakpoint
DROP INDEX `members_initials`;--> statement-breakpoint
CREATE INDEX `members_pinyin_cover` ON `members` (`name_pinyin`,`membership`,`code`);--> statement-breakpoint
CREATE INDEX `members_initials_cover` ON `members` (`name_initials`,`membership`,`code`);