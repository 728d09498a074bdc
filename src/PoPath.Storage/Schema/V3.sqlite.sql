-- advisor profiles and routes per workspace (popath advise --workspace W --save)
CREATE TABLE "advisor_profiles" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_advisor_profiles" PRIMARY KEY AUTOINCREMENT,
    "workspace_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "saved_at" TEXT NOT NULL,
    "profile_json" TEXT NOT NULL,
    CONSTRAINT "fk_advisor_profiles_workspaces_workspace_id" FOREIGN KEY ("workspace_id") REFERENCES "workspaces" ("id") ON DELETE RESTRICT
);

CREATE TABLE "advisor_routes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_advisor_routes" PRIMARY KEY AUTOINCREMENT,
    "profile_id" INTEGER NOT NULL,
    "snapshot_number" INTEGER NULL,
    "not_now_json" TEXT NOT NULL,
    "organisation_json" TEXT NOT NULL,
    CONSTRAINT "fk_advisor_routes_advisor_profiles_profile_id" FOREIGN KEY ("profile_id") REFERENCES "advisor_profiles" ("id") ON DELETE RESTRICT
);

CREATE TABLE "advisor_route_steps" (
    "route_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "catalogue_id" TEXT NOT NULL,
    "why_json" TEXT NOT NULL,
    "will_not_fix_json" TEXT NOT NULL,
    CONSTRAINT "pk_advisor_route_steps" PRIMARY KEY ("route_id", "position"),
    CONSTRAINT "fk_advisor_route_steps_advisor_routes_route_id" FOREIGN KEY ("route_id") REFERENCES "advisor_routes" ("id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "ix_advisor_profiles_workspace_id_number" ON "advisor_profiles" ("workspace_id", "number");

CREATE UNIQUE INDEX "ix_advisor_routes_profile_id" ON "advisor_routes" ("profile_id");
