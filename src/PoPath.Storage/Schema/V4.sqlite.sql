-- feedback sets and their entries per workspace (popath feedback import)
CREATE TABLE "feedback_sets" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_feedback_sets" PRIMARY KEY AUTOINCREMENT,
    "workspace_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "imported_at" TEXT NOT NULL,
    "entry_count" INTEGER NOT NULL,
    "warning_count" INTEGER NOT NULL,
    CONSTRAINT "fk_feedback_sets_workspaces_workspace_id" FOREIGN KEY ("workspace_id") REFERENCES "workspaces" ("id") ON DELETE RESTRICT
);

CREATE TABLE "feedback_entries" (
    "set_id" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "entry_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "source" TEXT NULL,
    "date" TEXT NULL,
    "customer" TEXT NULL,
    "segment" TEXT NULL,
    "source_file" TEXT NULL,
    "source_line" INTEGER NULL,
    "source_path" TEXT NULL,
    CONSTRAINT "pk_feedback_entries" PRIMARY KEY ("set_id", "ordinal"),
    CONSTRAINT "fk_feedback_entries_feedback_sets_set_id" FOREIGN KEY ("set_id") REFERENCES "feedback_sets" ("id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "ix_feedback_entries_set_id_entry_id" ON "feedback_entries" ("set_id", "entry_id");

CREATE UNIQUE INDEX "ix_feedback_sets_workspace_id_number" ON "feedback_sets" ("workspace_id", "number");
