CREATE TABLE `charts` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`input` text NOT NULL,
	`chart` text NOT NULL,
	`engine_version` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `charts_owner_created_idx` ON `charts` (`owner`,`created_at`);