CREATE TABLE `committee_posts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`term_id` integer NOT NULL,
	`post` text NOT NULL,
	`member_code` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text,
	FOREIGN KEY (`term_id`) REFERENCES `committee_terms`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `committee_posts_term` ON `committee_posts` (`term_id`);--> statement-breakpoint
CREATE TABLE `committee_terms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`term_start` text NOT NULL,
	`term_years` integer NOT NULL,
	`term_end` text,
	`notes` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `member_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_code` text NOT NULL,
	`kind` text NOT NULL,
	`detail` text,
	`date` text NOT NULL,
	`data` text,
	`cancelled_by` integer,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `member_events_member` ON `member_events` (`member_code`,`date`);--> statement-breakpoint
CREATE INDEX `member_events_kind_date` ON `member_events` (`kind`,`date`);--> statement-breakpoint
CREATE TABLE `member_name_grams` (
	`gram` text NOT NULL,
	`member_id` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `member_name_grams_pk` ON `member_name_grams` (`gram`,`member_id`);--> statement-breakpoint
CREATE INDEX `member_name_grams_member` ON `member_name_grams` (`member_id`);--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`org_code` text NOT NULL,
	`name` text NOT NULL,
	`name_pinyin` text NOT NULL,
	`name_initials` text NOT NULL,
	`gender` text NOT NULL,
	`ethnicity` text,
	`id_number` text,
	`birth_date` text,
	`education` text,
	`degree` text,
	`occupation` text,
	`work_post` text,
	`native_place` text,
	`work_start_date` text,
	`mobile` text,
	`landline` text,
	`address` text,
	`group_code` text,
	`party_post` text,
	`introducers` text,
	`application_date` text,
	`activist_date` text,
	`candidate_date` text,
	`join_date` text,
	`full_date` text,
	`party_age_adjust_months` integer DEFAULT 0 NOT NULL,
	`standing` text DEFAULT 'normal' NOT NULL,
	`lost_contact` integer DEFAULT false NOT NULL,
	`lost_contact_date` text,
	`lost_contact_reason` text,
	`mobile_member` integer DEFAULT false NOT NULL,
	`mobile_destination` text,
	`notes` text,
	`membership` text DEFAULT 'active' NOT NULL,
	`member_type` text NOT NULL,
	`left_kind` text,
	`left_date` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_code_unique` ON `members` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `members_id_number_unique` ON `members` (`id_number`) WHERE "members"."id_number" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `members_pinyin` ON `members` (`name_pinyin`);--> statement-breakpoint
CREATE INDEX `members_initials` ON `members` (`name_initials`);--> statement-breakpoint
CREATE INDEX `members_name` ON `members` (`name`);--> statement-breakpoint
CREATE INDEX `members_membership` ON `members` (`membership`,`member_type`);--> statement-breakpoint
CREATE INDEX `members_group` ON `members` (`group_code`);--> statement-breakpoint
CREATE TABLE `party_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`leader_code` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `party_groups_code_unique` ON `party_groups` (`code`);