-- board indexes: items in rank order with their ordinal, element verdicts by (element, status, snapshot) for the board filter
CREATE INDEX ix_element_results_element_status_snapshot_id_ordinal ON element_results (element, status, snapshot_id, ordinal);

CREATE INDEX ix_items_snapshot_id_rank_item_id_ordinal ON items (snapshot_id, rank, item_id, ordinal);
