CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`name` text NOT NULL,
	`prefix` text NOT NULL,
	`hash` text NOT NULL,
	`scopes` text NOT NULL,
	`rate_limit_requests` integer,
	`rate_limit_window_seconds` integer,
	`expires_at` integer,
	`revoked_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_hash_idx` ON `api_keys` (`hash`);--> statement-breakpoint
CREATE INDEX `api_keys_owner_id_idx` ON `api_keys` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `charts_owner_created_idx`;--> statement-breakpoint
ALTER TABLE `charts` ADD `input_hash` text;--> statement-breakpoint
CREATE INDEX `charts_owner_id_idx` ON `charts` (`owner`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `charts_owner_input_hash_idx` ON `charts` (`owner`,`input_hash`);