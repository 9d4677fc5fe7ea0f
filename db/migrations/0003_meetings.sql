CREATE TABLE `meeting_attendance` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`member_code` text,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`presence` text NOT NULL,
	`absence_reason` text,
	`voting` integer DEFAULT false NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_attendance_meeting` ON `meeting_attendance` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `meeting_attendance_member` ON `meeting_attendance` (`member_code`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`type` text NOT NULL,
	`year` integer NOT NULL,
	`number_in_year` integer NOT NULL,
	`date` text NOT NULL,
	`start_time` text,
	`end_time` text,
	`place` text,
	`chair` text,
	`recorder` text,
	`group_code` text,
	`lecturer` text,
	`lecture_title` text,
	`topics` text DEFAULT '[]' NOT NULL,
	`agenda` text DEFAULT '[]' NOT NULL,
	`content` text,
	`speeches` text DEFAULT '[]' NOT NULL,
	`resolutions` text DEFAULT '[]' NOT NULL,
	`follow_ups` text DEFAULT '[]' NOT NULL,
	`is_election` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`finalised_at` text,
	`amendments` integer DEFAULT 0 NOT NULL,
	`last_amended_at` text,
	`last_amend_reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_code_unique` ON `meetings` (`code`);--> statement-breakpoint
CREATE INDEX `meetings_type_date` ON `meetings` (`type`,`date`);--> statement-breakpoint
CREATE INDEX `meetings_date` ON `meetings` (`date`);