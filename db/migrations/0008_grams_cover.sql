ALTER TABLE `member_name_grams` ADD `code` text;--> statement-breakpoint
ALTER TABLE `member_name_grams` ADD `membership` text;--> statement-breakpoint
UPDATE `member_name_grams` SET `code` = (SELECT `code` FROM `members` WHERE `members`.`id` = `member_name_grams`.`member_id`), `membership` = (SELECT `membership` FROM `members` WHERE `members`.`id` = `member_name_grams`.`member_id`);--> statement-breakpoint
CREATE INDEX `member_name_grams_cover` ON `member_name_grams` (`gram`,`membership`,`code`);