CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`password_hash` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "accounts_role" CHECK("accounts"."role" in ('contributor', 'editor', 'admin')),
	CONSTRAINT "accounts_status" CHECK("accounts"."status" in ('active', 'disabled'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_email` ON `accounts` (`email`);--> statement-breakpoint
CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`prefix` text NOT NULL,
	`scope` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`last_used_at` text,
	`revoked_at` text,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "api_tokens_scope" CHECK("api_tokens"."scope" in ('read', 'propose', 'write'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_hash` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `api_tokens_account` ON `api_tokens` (`account_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`action` text NOT NULL,
	`account_id` integer,
	`subject` text,
	`detail` text,
	`address` text,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "audit_log_action" CHECK("audit_log"."action" in ('sign-in', 'sign-in-failed', 'sign-out-everywhere', 'sessions-ended', 'account-invited', 'invitation-accepted', 'role-changed', 'account-disabled', 'account-enabled', 'password-changed', 'token-created', 'token-revoked', 'proposal-approved', 'proposal-rejected'))
);
--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_action_at` ON `audit_log` (`action`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_account_at` ON `audit_log` (`account_id`,`at`);--> statement-breakpoint
CREATE TABLE `invitations` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`account_id` integer NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `invitations_account` ON `invitations` (`account_id`);--> statement-breakpoint
CREATE TABLE `proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action` text NOT NULL,
	`statement_id` integer,
	`payload` text,
	`base_version` text,
	`reason` text,
	`batch` text,
	`author_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`reviewer_id` integer,
	`reviewed_at` text,
	`review_comment` text,
	FOREIGN KEY (`author_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewer_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "proposals_action" CHECK("proposals"."action" in ('create', 'edit', 'delete', 'restore')),
	CONSTRAINT "proposals_status" CHECK("proposals"."status" in ('pending', 'approved', 'rejected')),
	CONSTRAINT "proposals_payload" CHECK(("proposals"."action" in ('create', 'edit')) = ("proposals"."payload" is not null))
);
--> statement-breakpoint
CREATE INDEX `proposals_status_created` ON `proposals` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `proposals_author_created` ON `proposals` (`author_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `sign_in_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`wait_until` integer NOT NULL,
	`checking_until` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `sessions` ADD `account_id` integer REFERENCES accounts(id);--> statement-breakpoint
CREATE INDEX `sessions_account` ON `sessions` (`account_id`);--> statement-breakpoint
ALTER TABLE `statement_history` ADD `account_id` integer REFERENCES accounts(id);--> statement-breakpoint
ALTER TABLE `statement_history` ADD `reason` text;--> statement-breakpoint
ALTER TABLE `statement_history` ADD `reviewer_id` integer REFERENCES accounts(id);--> statement-breakpoint
-- An existing install's shared editor password becomes its first admin account
-- (start-up sets the email from ADMIN_EMAIL); its sessions and the history its
-- editors' sessions wrote are that account's. A new database gets the account
-- at start-up instead.
INSERT INTO `accounts` (`id`, `email`, `name`, `role`, `status`, `password_hash`, `created_at`, `updated_at`)
SELECT 1, 'admin@tradewatch.invalid', 'Administrator', 'admin', 'active', `value`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM `app_meta` WHERE `key` = 'editor_password_hash';--> statement-breakpoint
INSERT INTO `app_meta` (`key`, `value`) SELECT 'founding_account', '1' FROM `accounts` WHERE `id` = 1;--> statement-breakpoint
DELETE FROM `app_meta` WHERE `key` = 'editor_password_hash';--> statement-breakpoint
UPDATE `sessions` SET `account_id` = 1 WHERE EXISTS (SELECT 1 FROM `accounts` WHERE `id` = 1);--> statement-breakpoint
-- Only changes made through a session (its id is a UUID); "seed", "import" and the like stay the system's.
UPDATE `statement_history` SET `account_id` = 1
WHERE `editor` LIKE '________-____-____-____-____________' AND EXISTS (SELECT 1 FROM `accounts` WHERE `id` = 1);
