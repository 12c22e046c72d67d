ALTER TABLE `readings` ADD `partner_chart_id` text;--> statement-breakpoint
ALTER TABLE `readings` ADD `parameters` text;--> statement-breakpoint
CREATE INDEX `readings_partner_chart_idx` ON `readings` (`partner_chart_id`);