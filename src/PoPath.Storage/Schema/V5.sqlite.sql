-- web app: Identity accounts and roles, the PO's own answers, API tokens, one-time links, connectors, Data Protection keys

CREATE TABLE "data_protection_keys" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_data_protection_keys" PRIMARY KEY AUTOINCREMENT,
    "friendly_name" TEXT NOT NULL,
    "xml" TEXT NOT NULL
);


CREATE TABLE "identity_roles" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_identity_roles" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NULL,
    "normalized_name" TEXT NULL,
    "concurrency_stamp" TEXT NULL
);


CREATE TABLE "identity_role_claims" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_identity_role_claims" PRIMARY KEY AUTOINCREMENT,
    "role_id" INTEGER NOT NULL,
    "claim_type" TEXT NULL,
    "claim_value" TEXT NULL,
    CONSTRAINT "fk_identity_role_claims_identity_roles_role_id" FOREIGN KEY ("role_id") REFERENCES "identity_roles" ("id") ON DELETE CASCADE
);


CREATE TABLE "api_tokens" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_api_tokens" PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "expires_at" TEXT NULL,
    "last_used_at" TEXT NULL,
    CONSTRAINT "fk_api_tokens_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);


CREATE TABLE "identity_users" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_identity_users" PRIMARY KEY,
    "user_name" TEXT NULL,
    "normalized_user_name" TEXT NULL,
    "email" TEXT NULL,
    "normalized_email" TEXT NULL,
    "email_confirmed" INTEGER NOT NULL,
    "password_hash" TEXT NULL,
    "security_stamp" TEXT NULL,
    "concurrency_stamp" TEXT NULL,
    "phone_number" TEXT NULL,
    "phone_number_confirmed" INTEGER NOT NULL,
    "two_factor_enabled" INTEGER NOT NULL,
    "lockout_end" TEXT NULL,
    "lockout_enabled" INTEGER NOT NULL,
    "access_failed_count" INTEGER NOT NULL,
    CONSTRAINT "fk_identity_users_users_id" FOREIGN KEY ("id") REFERENCES "users" ("id") ON DELETE CASCADE
);


CREATE TABLE "connectors" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_connectors" PRIMARY KEY AUTOINCREMENT,
    "workspace_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "base_url" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "user_name" TEXT NULL,
    "protected_token" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    CONSTRAINT "fk_connectors_workspaces_workspace_id" FOREIGN KEY ("workspace_id") REFERENCES "workspaces" ("id") ON DELETE CASCADE
);


CREATE TABLE "one_time_links" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_one_time_links" PRIMARY KEY AUTOINCREMENT,
    "purpose" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "email" TEXT NULL,
    "workspace_id" INTEGER NULL,
    "role" TEXT NULL,
    "created_by" INTEGER NULL,
    "created_at" TEXT NOT NULL,
    "expires_at" TEXT NOT NULL,
    "used_at" TEXT NULL,
    CONSTRAINT "ck_one_time_links_purpose" CHECK (purpose IN ('setup', 'invite')),
    CONSTRAINT "fk_one_time_links_workspaces_workspace_id" FOREIGN KEY ("workspace_id") REFERENCES "workspaces" ("id") ON DELETE CASCADE
);


CREATE TABLE "po_answers" (
    "workspace_id" INTEGER NOT NULL,
    "item_id" TEXT NOT NULL,
    "element" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "updated_by" INTEGER NOT NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "pk_po_answers" PRIMARY KEY ("workspace_id", "item_id", "element"),
    CONSTRAINT "fk_po_answers_users_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_po_answers_workspaces_workspace_id" FOREIGN KEY ("workspace_id") REFERENCES "workspaces" ("id") ON DELETE CASCADE
);


CREATE TABLE "identity_user_claims" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_identity_user_claims" PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER NOT NULL,
    "claim_type" TEXT NULL,
    "claim_value" TEXT NULL,
    CONSTRAINT "fk_identity_user_claims_identity_users_user_id" FOREIGN KEY ("user_id") REFERENCES "identity_users" ("id") ON DELETE CASCADE
);


CREATE TABLE "identity_user_logins" (
    "login_provider" TEXT NOT NULL,
    "provider_key" TEXT NOT NULL,
    "provider_display_name" TEXT NULL,
    "user_id" INTEGER NOT NULL,
    CONSTRAINT "pk_identity_user_logins" PRIMARY KEY ("login_provider", "provider_key"),
    CONSTRAINT "fk_identity_user_logins_identity_users_user_id" FOREIGN KEY ("user_id") REFERENCES "identity_users" ("id") ON DELETE CASCADE
);


CREATE TABLE "identity_user_roles" (
    "user_id" INTEGER NOT NULL,
    "role_id" INTEGER NOT NULL,
    CONSTRAINT "pk_identity_user_roles" PRIMARY KEY ("user_id", "role_id"),
    CONSTRAINT "fk_identity_user_roles_identity_roles_role_id" FOREIGN KEY ("role_id") REFERENCES "identity_roles" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_identity_user_roles_identity_users_user_id" FOREIGN KEY ("user_id") REFERENCES "identity_users" ("id") ON DELETE CASCADE
);


CREATE TABLE "identity_user_tokens" (
    "user_id" INTEGER NOT NULL,
    "login_provider" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" TEXT NULL,
    CONSTRAINT "pk_identity_user_tokens" PRIMARY KEY ("user_id", "login_provider", "name"),
    CONSTRAINT "fk_identity_user_tokens_identity_users_user_id" FOREIGN KEY ("user_id") REFERENCES "identity_users" ("id") ON DELETE CASCADE
);


CREATE UNIQUE INDEX "ix_api_tokens_token_hash" ON "api_tokens" ("token_hash");


CREATE INDEX "ix_api_tokens_user_id" ON "api_tokens" ("user_id");


CREATE INDEX "ix_connectors_workspace_id" ON "connectors" ("workspace_id");


CREATE INDEX "ix_identity_role_claims_role_id" ON "identity_role_claims" ("role_id");


CREATE UNIQUE INDEX "ix_identity_roles_normalized_name" ON "identity_roles" ("normalized_name");


CREATE INDEX "ix_identity_user_claims_user_id" ON "identity_user_claims" ("user_id");


CREATE INDEX "ix_identity_user_logins_user_id" ON "identity_user_logins" ("user_id");


CREATE INDEX "ix_identity_user_roles_role_id" ON "identity_user_roles" ("role_id");


CREATE INDEX "ix_identity_users_normalized_email" ON "identity_users" ("normalized_email");


CREATE UNIQUE INDEX "ix_identity_users_normalized_user_name" ON "identity_users" ("normalized_user_name");


CREATE UNIQUE INDEX "ix_one_time_links_token_hash" ON "one_time_links" ("token_hash");


CREATE INDEX "ix_one_time_links_workspace_id" ON "one_time_links" ("workspace_id");


CREATE INDEX "ix_po_answers_updated_by" ON "po_answers" ("updated_by");
