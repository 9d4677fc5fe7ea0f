CREATE TABLE `report_periods` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period` text NOT NULL,
	`kind` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`deadline` text,
	`template_id` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`submitted_at` text,
	`unlocked_at` text,
	`unlock_reason` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_periods_period` ON `report_periods` (`period`);--> statement-breakpoint
CREATE TABLE `report_unlocks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period` text NOT NULL,
	`unlocked_at` text NOT NULL,
	`reason` text NOT NULL,
	`actor` text NOT NULL,
	`relocked_at` text
);
--> statement-breakpoint
CREATE INDEX `report_unlocks_period` ON `report_unlocks` (`period`);--> statement-breakpoint
CREATE TABLE `report_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period` text NOT NULL,
	`version` integer NOT NULL,
	`computed_at` text NOT NULL,
	`figures` text NOT NULL,
	`validation` text NOT NULL,
	`explanations` text DEFAULT '{}' NOT NULL,
	`correction_reason` text,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_versions_unique` ON `report_versions` (`period`,`version`);--> statement-breakpoint
CREATE TABLE `authorisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`serial` text NOT NULL,
	`issuer_org_code` text NOT NULL,
	`issuer_key_id` text NOT NULL,
	`subject_org_code` text NOT NULL,
	`subject_name` text NOT NULL,
	`subject_key_id` text NOT NULL,
	`subject_signing_public` text NOT NULL,
	`subject_encryption_public` text NOT NULL,
	`scope` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_until` text,
	`statement` text NOT NULL,
	`signature` text NOT NULL,
	`revoked_at` text,
	`revocation_reason` text,
	`received_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `authorisations_serial` ON `authorisations` (`issuer_org_code`,`serial`);--> statement-breakpoint
CREATE INDEX `authorisations_subject` ON `authorisations` (`subject_org_code`);--> statement-breakpoint
CREATE TABLE `bundle_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bundle_id` text NOT NULL,
	`direction` text NOT NULL,
	`kind` text NOT NULL,
	`sender_org_code` text NOT NULL,
	`recipient_org_code` text NOT NULL,
	`period` text,
	`sequence` integer NOT NULL,
	`file_hash` text NOT NULL,
	`counts` text,
	`at` text NOT NULL,
	`receipt_for` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bundle_log_unique` ON `bundle_log` (`direction`,`bundle_id`);--> statement-breakpoint
CREATE INDEX `bundle_log_stream` ON `bundle_log` (`sender_org_code`,`recipient_org_code`);--> statement-breakpoint
CREATE TABLE `bundle_streams` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`direction` text NOT NULL,
	`sender_org_code` text NOT NULL,
	`recipient_org_code` text NOT NULL,
	`last_sequence` integer NOT NULL,
	`last_hash` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bundle_streams_unique` ON `bundle_streams` (`direction`,`sender_org_code`,`recipient_org_code`);--> statement-breakpoint
CREATE TABLE `enrolments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_code` text NOT NULL,
	`org_name` text NOT NULL,
	`signing_public` text NOT NULL,
	`encryption_public` text NOT NULL,
	`key_id` text NOT NULL,
	`status` text NOT NULL,
	`received_at` text NOT NULL,
	`decided_at` text,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `enrolments_org` ON `enrolments` (`org_code`);--> statement-breakpoint
CREATE TABLE `org_keys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key_id` text NOT NULL,
	`org_code` text NOT NULL,
	`signing_public` text NOT NULL,
	`signing_private` text NOT NULL,
	`encryption_public` text NOT NULL,
	`encryption_private` text NOT NULL,
	`created_at` text NOT NULL,
	`retired_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `org_keys_key_id` ON `org_keys` (`key_id`);--> statement-breakpoint
CREATE TABLE `replica_rows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`owner_org_code` text NOT NULL,
	`entity` text NOT NULL,
	`code` text NOT NULL,
	`data` text NOT NULL,
	`row_hash` text NOT NULL,
	`tombstone` text,
	`bundle_id` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `replica_rows_unique` ON `replica_rows` (`owner_org_code`,`entity`,`code`);--> statement-breakpoint
CREATE INDEX `replica_rows_entity` ON `replica_rows` (`entity`,`owner_org_code`);