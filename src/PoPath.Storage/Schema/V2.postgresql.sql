-- workspace_settings: per-workspace settings such as who the product owner is (read by popath signals and report)
CREATE TABLE workspace_settings (
    workspace_id bigint NOT NULL,
    key text NOT NULL,
    value text NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_workspace_settings PRIMARY KEY (workspace_id, key),
    CONSTRAINT fk_workspace_settings_workspaces_workspace_id FOREIGN KEY (workspace_id) REFERENCES workspaces (id) ON DELETE CASCADE
);
