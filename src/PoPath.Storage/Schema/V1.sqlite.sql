CREATE TABLE "popath_schema" (
    "version" INTEGER NOT NULL CONSTRAINT "pk_popath_schema" PRIMARY KEY,
    "applied_at" TEXT NOT NULL,
    "description" TEXT NOT NULL
);


CREATE TABLE "users" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_users" PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "created_at" TEXT NOT NULL
);


CREATE TABLE "workspaces" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_workspaces" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "created_at" TEXT NOT NULL
);


CREATE TABLE "snapshots" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_snapshots" PRIMARY KEY AUTOINCREMENT,
    "workspace_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "imported_at" TEXT NOT NULL,
    "item_count" INTEGER NOT NULL,
    "warning_count" INTEGER NOT NULL,
    "diagnostics_json" TEXT NOT NULL,
    "average_score" REAL NOT NULL,
    "top_average_score" REAL NOT NULL,
    "passing" INTEGER NOT NULL,
    "sprint_count" INTEGER NOT NULL,
    "event_count" INTEGER NOT NULL,
    CONSTRAINT "fk_snapshots_workspaces_workspace_id" FOREIGN KEY ("workspace_id") REFERENCES "workspaces" ("id") ON DELETE RESTRICT
);


CREATE TABLE "workspace_members" (
    "workspace_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    CONSTRAINT "pk_workspace_members" PRIMARY KEY ("workspace_id", "user_id"),
    CONSTRAINT "ck_workspace_members_role" CHECK (role IN ('owner', 'manager', 'viewer')),
    CONSTRAINT "fk_workspace_members_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_workspace_members_workspaces_workspace_id" FOREIGN KEY ("workspace_id") REFERENCES "workspaces" ("id") ON DELETE CASCADE
);


CREATE TABLE "item_events" (
    "snapshot_id" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "item_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "at" TEXT NOT NULL,
    "at_unix_ms" INTEGER NOT NULL,
    "actor" TEXT NULL,
    "from_value" TEXT NULL,
    "to_value" TEXT NULL,
    "sprint_id" TEXT NULL,
    "direction" TEXT NULL,
    "change_id" TEXT NULL,
    "source_file" TEXT NULL,
    "source_line" INTEGER NULL,
    "source_path" TEXT NULL,
    CONSTRAINT "pk_item_events" PRIMARY KEY ("snapshot_id", "ordinal"),
    CONSTRAINT "fk_item_events_snapshots_snapshot_id" FOREIGN KEY ("snapshot_id") REFERENCES "snapshots" ("id") ON DELETE RESTRICT
);


CREATE TABLE "items" (
    "snapshot_id" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "item_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NULL,
    "acceptance_criteria" TEXT NULL,
    "rank" INTEGER NOT NULL,
    "type" TEXT NULL,
    "status" TEXT NULL,
    "priority" TEXT NULL,
    "due_date" TEXT NULL,
    "links_json" TEXT NULL,
    "labels_json" TEXT NULL,
    "story_points" REAL NULL,
    "business_value" REAL NULL,
    "time_criticality" REAL NULL,
    "risk_reduction" REAL NULL,
    "job_size" REAL NULL,
    "sprints_json" TEXT NULL,
    "created" TEXT NULL,
    "updated" TEXT NULL,
    "reporter" TEXT NULL,
    "assignee" TEXT NULL,
    "source_file" TEXT NULL,
    "source_line" INTEGER NULL,
    "source_path" TEXT NULL,
    CONSTRAINT "pk_items" PRIMARY KEY ("snapshot_id", "ordinal"),
    CONSTRAINT "fk_items_snapshots_snapshot_id" FOREIGN KEY ("snapshot_id") REFERENCES "snapshots" ("id") ON DELETE RESTRICT
);


CREATE TABLE "sprints" (
    "snapshot_id" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "sprint_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "start" TEXT NULL,
    "end" TEXT NULL,
    "completed" TEXT NULL,
    "state" TEXT NOT NULL,
    "goal" TEXT NULL,
    "inferred" INTEGER NOT NULL,
    CONSTRAINT "pk_sprints" PRIMARY KEY ("snapshot_id", "ordinal"),
    CONSTRAINT "fk_sprints_snapshots_snapshot_id" FOREIGN KEY ("snapshot_id") REFERENCES "snapshots" ("id") ON DELETE RESTRICT
);


CREATE TABLE "element_results" (
    "snapshot_id" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "element" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "evidence_json" TEXT NOT NULL,
    CONSTRAINT "pk_element_results" PRIMARY KEY ("snapshot_id", "ordinal", "element"),
    CONSTRAINT "fk_element_results_items_snapshot_id_ordinal" FOREIGN KEY ("snapshot_id", "ordinal") REFERENCES "items" ("snapshot_id", "ordinal") ON DELETE RESTRICT
);


CREATE TABLE "item_results" (
    "snapshot_id" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "passes" INTEGER NOT NULL,
    "questions_json" TEXT NOT NULL,
    "findings_json" TEXT NOT NULL,
    CONSTRAINT "pk_item_results" PRIMARY KEY ("snapshot_id", "ordinal"),
    CONSTRAINT "fk_item_results_items_snapshot_id_ordinal" FOREIGN KEY ("snapshot_id", "ordinal") REFERENCES "items" ("snapshot_id", "ordinal") ON DELETE RESTRICT
);


CREATE INDEX "ix_item_events_snapshot_id_item_id_at_unix_ms" ON "item_events" ("snapshot_id", "item_id", "at_unix_ms");


CREATE INDEX "ix_item_events_snapshot_id_kind_at_unix_ms" ON "item_events" ("snapshot_id", "kind", "at_unix_ms");


CREATE INDEX "ix_items_snapshot_id_item_id" ON "items" ("snapshot_id", "item_id");


CREATE INDEX "ix_items_snapshot_id_rank_item_id" ON "items" ("snapshot_id", "rank", "item_id");


CREATE UNIQUE INDEX "ix_snapshots_workspace_id_number" ON "snapshots" ("workspace_id", "number");


CREATE INDEX "ix_sprints_snapshot_id_sprint_id" ON "sprints" ("snapshot_id", "sprint_id");


CREATE UNIQUE INDEX "ix_users_email" ON "users" ("email");


CREATE INDEX "ix_workspace_members_user_id" ON "workspace_members" ("user_id");


CREATE UNIQUE INDEX "ix_workspaces_name" ON "workspaces" ("name");
