CREATE TABLE `dues_payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_code` text NOT NULL,
	`from_month` text NOT NULL,
	`to_month` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`kind` text DEFAULT 'normal' NOT NULL,
	`method` text NOT NULL,
	`receipt_no` text,
	`paid_on` text NOT NULL,
	`paid_by_code` text,
	`note` text,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL,
	`cancelled_by` integer
);
--> statement-breakpoint
CREATE INDEX `dues_payments_member` ON `dues_payments` (`member_code`,`from_month`);--> statement-breakpoint
CREATE INDEX `dues_payments_paid_on` ON `dues_payments` (`paid_on`);--> statement-breakpoint
CREATE TABLE `dues_profiles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_code` text NOT NULL,
	`from_month` text NOT NULL,
	`category` text NOT NULL,
	`base_fen` integer,
	`fixed_fen` integer,
	`reduction` text DEFAULT 'none' NOT NULL,
	`approval_ref` text,
	`note` text,
	`created_at` text NOT NULL,
	`cancelled_by` integer
);
--> statement-breakpoint
CREATE INDEX `dues_profiles_member` ON `dues_profiles` (`member_code`,`from_month`);--> statement-breakpoint
CREATE TABLE `flow_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`direction` text NOT NULL,
	`member_code` text,
	`name` text NOT NULL,
	`place` text NOT NULL,
	`activity_card_no` text,
	`contact` text,
	`started_on` text NOT NULL,
	`ended_on` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `flow_records_member` ON `flow_records` (`member_code`);--> statement-breakpoint
CREATE TABLE `transfer_letters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`direction` text NOT NULL,
	`number` text NOT NULL,
	`member_code` text,
	`member_name` text NOT NULL,
	`addressee` text,
	`from_org` text NOT NULL,
	`to_org` text NOT NULL,
	`member_type` text NOT NULL,
	`dues_paid_to` text,
	`valid_days` integer,
	`issued_on` text NOT NULL,
	`status` text NOT NULL,
	`receipt_returned_on` text,
	`receipt_handler` text,
	`confirmed_on` text,
	`note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `transfer_letters_number` ON `transfer_letters` (`direction`,`number`);--> statement-breakpoint
CREATE INDEX `transfer_letters_member` ON `transfer_letters` (`member_code`);