CREATE TABLE `idempotency_records` (
	`owner` text NOT NULL,
	`key` text NOT NULL,
	`request_hash` text NOT NULL,
	`state` text NOT NULL,
	`response_status` integer,
	`response` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	PRIMARY KEY(`owner`, `key`)
);
--> statement-breakpoint
CREATE INDEX `idempotency_expires_idx` ON `idempotency_records` (`expires_at`);--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`type` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer NOT NULL,
	`max_attempts` integer NOT NULL,
	`progress` real NOT NULL,
	`payload` text NOT NULL,
	`result` text,
	`error_code` text,
	`error_message` text,
	`created_at` integer NOT NULL,
	`queued_at` integer NOT NULL,
	`started_at` integer,
	`finished_at` integer,
	`lease_expires_at` integer
);
--> statement-breakpoint
CREATE INDEX `jobs_owner_id_idx` ON `jobs` (`owner`,`id`);--> statement-breakpoint
CREATE INDEX `jobs_owner_status_id_idx` ON `jobs` (`owner`,`status`,`id`);--> statement-breakpoint
CREATE INDEX `jobs_status_lease_idx` ON `jobs` (`status`,`lease_expires_at`);--> statement-breakpoint
CREATE INDEX `jobs_status_finished_idx` ON `jobs` (`status`,`finished_at`);--> statement-breakpoint
CREATE TABLE `readings` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`chart_id` text NOT NULL,
	`kind` text NOT NULL,
	`detail` text NOT NULL,
	`language` text NOT NULL,
	`status` text NOT NULL,
	`job_id` text NOT NULL,
	`content` text,
	`narrative` text,
	`created_at` integer NOT NULL,
	`finished_at` integer
);
--> statement-breakpoint
CREATE INDEX `readings_owner_id_idx` ON `readings` (`owner`,`id`);--> statement-breakpoint
CREATE INDEX `readings_chart_idx` ON `readings` (`chart_id`);