CREATE TABLE `applicants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`gender` text,
	`id_number` text,
	`birth_date` text,
	`ethnicity` text,
	`education` text,
	`occupation` text,
	`mobile` text,
	`stage` text NOT NULL,
	`member_code` text,
	`rule_set` text,
	`notes` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `applicants_code_unique` ON `applicants` (`code`);--> statement-breakpoint
CREATE INDEX `applicants_stage` ON `applicants` (`stage`);--> statement-breakpoint
CREATE TABLE `appraisal_results` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`member_code` text NOT NULL,
	`self_grade` text,
	`ballots` text,
	`peer` text,
	`verdict` text,
	`feedback_on` text,
	`note` text,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `appraisal_results_unique` ON `appraisal_results` (`year`,`member_code`);--> statement-breakpoint
CREATE TABLE `appraisal_years` (
	`year` integer PRIMARY KEY NOT NULL,
	`opened_on` text NOT NULL,
	`closed_on` text,
	`excellent_cap_percent` integer DEFAULT 33 NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE TABLE `pipeline_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`applicant_code` text NOT NULL,
	`document` text NOT NULL,
	`received_on` text,
	`note` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pipeline_documents_unique` ON `pipeline_documents` (`applicant_code`,`document`);--> statement-breakpoint
CREATE TABLE `pipeline_steps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`applicant_code` text NOT NULL,
	`step` text NOT NULL,
	`date` text NOT NULL,
	`people` text,
	`data` text,
	`notes` text,
	`cancelled_by` integer,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `pipeline_steps_applicant` ON `pipeline_steps` (`applicant_code`,`step`);