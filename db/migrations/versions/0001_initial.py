"""Initial schema: every table of db.models (generated from an empty SQLite, reviewed).

Revision ID: 0001
Revises:
Create Date: 2026-11-22 00:29:50.074330
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "annual_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.Column("uncovered_reasons", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_annual_plans")),
        sa.UniqueConstraint("year", name=op.f("uq_annual_plans_year")),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=80), nullable=False),
        sa.Column("entity", sa.String(length=80), nullable=False),
        sa.Column("entity_id", sa.String(length=80), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_events_hash")),
        sa.UniqueConstraint("seq", name=op.f("uq_audit_events_seq")),
    )
    op.create_table(
        "departments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("external", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_departments")),
        sa.UniqueConstraint("name", name=op.f("uq_departments_name")),
    )
    op.create_table(
        "doc_counters",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "year", name=op.f("pk_doc_counters")),
    )
    op.create_table(
        "holiday_overrides",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("is_workday", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_holiday_overrides")),
    )
    op.create_table(
        "import_mappings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("header_key", sa.String(length=64), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mappings")),
        sa.UniqueConstraint("kind", "header_key", name=op.f("uq_import_mappings_kind_header_key")),
    )
    op.create_table(
        "item_list_publications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "published_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column("published_by", sa.String(length=80), nullable=False),
        sa.Column("item_versions", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_list_publications")),
    )
    op.create_table(
        "organizations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organizations")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("jurisdiction", sa.String(length=200), nullable=False),
        sa.Column("risk_class", sa.String(length=1), nullable=False),
        sa.Column("industry", sa.String(length=100), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("legal_rep", sa.String(length=80), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("abnormal_list", sa.Boolean(), nullable=False),
        sa.Column("serious_dishonest", sa.Boolean(), nullable=False),
        sa.Column("complaint", sa.Boolean(), nullable=False),
        sa.Column("key_supervision", sa.Boolean(), nullable=False),
        sa.Column("key_area", sa.Boolean(), nullable=False),
        sa.Column("penalised", sa.Boolean(), nullable=False),
        sa.Column("other_unit_name", sa.String(length=200), nullable=False),
        sa.Column("other_unit_inspected_on", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_targets")),
        sa.UniqueConstraint("code", name=op.f("uq_targets_code")),
    )
    op.create_index("ix_targets_name", "targets", ["name"], unique=False)
    op.create_index("ix_targets_risk_active", "targets", ["risk_class", "active"], unique=False)
    op.create_table(
        "inspection_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("sub_item", sa.String(length=300), nullable=False),
        sa.Column("basis", sa.Text(), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("object_type", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("method", sa.String(length=200), nullable=False),
        sa.Column("ratio_text", sa.String(length=200), nullable=False),
        sa.Column("frequency_text", sa.String(length=200), nullable=False),
        sa.Column("inspector_requirement", sa.String(length=300), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("qualification", sa.String(length=100), nullable=False),
        sa.Column("notice_required", sa.Boolean(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"], ["departments.id"], name=op.f("fk_inspection_items_department_id_departments")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_items")),
        sa.UniqueConstraint("code", name=op.f("uq_inspection_items_code")),
    )
    op.create_table(
        "inspectors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_no", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("gender", sa.String(length=4), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.String(length=80), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("licence_no", sa.String(length=60), nullable=False),
        sa.Column("licence_expiry", sa.Date(), nullable=True),
        sa.Column("qualifications", sa.Text(), nullable=False),
        sa.Column("leader_capable", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"], ["departments.id"], name=op.f("fk_inspectors_department_id_departments")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspectors")),
        sa.UniqueConstraint("staff_no", name=op.f("uq_inspectors_staff_no")),
    )
    op.create_index("ix_inspectors_name", "inspectors", ["name"], unique=False)
    op.create_table(
        "plan_adjustments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column(
            "adjusted_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column("adjusted_by", sa.String(length=80), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["annual_plans.id"], name=op.f("fk_plan_adjustments_plan_id_annual_plans")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_adjustments")),
    )
    op.create_table(
        "plan_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("jurisdictions", sa.JSON(), nullable=False),
        sa.Column("industries", sa.JSON(), nullable=False),
        sa.Column("window_start", sa.Date(), nullable=False),
        sa.Column("window_end", sa.Date(), nullable=False),
        sa.Column("quotas", sa.JSON(), nullable=False),
        sa.Column("frequency", sa.Integer(), nullable=False),
        sa.Column("rounding", sa.String(length=10), nullable=False),
        sa.Column("directed", sa.Boolean(), nullable=False),
        sa.Column("joint", sa.Boolean(), nullable=False),
        sa.Column("initiating_department_id", sa.Integer(), nullable=True),
        sa.Column("joint_department_ids", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["initiating_department_id"],
            ["departments.id"],
            name=op.f("fk_plan_entries_initiating_department_id_departments"),
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["annual_plans.id"], name=op.f("fk_plan_entries_plan_id_annual_plans")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_entries")),
        sa.UniqueConstraint("plan_id", "seq", name=op.f("uq_plan_entries_plan_id_seq")),
    )
    op.create_table(
        "target_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("changed_by", sa.String(length=80), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["target_id"], ["targets.id"], name=op.f("fk_target_changes_target_id_targets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target_changes")),
    )
    op.create_index(op.f("ix_target_changes_target_id"), "target_changes", ["target_id"], unique=False)
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("display_name", sa.String(length=80), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("roles", sa.String(length=200), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"], ["departments.id"], name=op.f("fk_users_department_id_departments")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "check_points",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("guidance", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["inspection_items.id"], name=op.f("fk_check_points_item_id_inspection_items")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_points")),
        sa.UniqueConstraint("item_id", "seq", name=op.f("uq_check_points_item_id_seq")),
    )
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inspector_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspector_id"], ["inspectors.id"], name=op.f("fk_conflicts_inspector_id_inspectors")
        ),
        sa.ForeignKeyConstraint(["target_id"], ["targets.id"], name=op.f("fk_conflicts_target_id_targets")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
        sa.UniqueConstraint("inspector_id", "target_id", name=op.f("uq_conflicts_inspector_id_target_id")),
    )
    op.create_table(
        "inspector_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inspector_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("changed_by", sa.String(length=80), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspector_id"], ["inspectors.id"], name=op.f("fk_inspector_changes_inspector_id_inspectors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspector_changes")),
    )
    op.create_index(
        op.f("ix_inspector_changes_inspector_id"), "inspector_changes", ["inspector_id"], unique=False
    )
    op.create_table(
        "item_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("changed_by", sa.String(length=80), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["inspection_items.id"], name=op.f("fk_item_versions_item_id_inspection_items")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_versions")),
        sa.UniqueConstraint("item_id", "version", name=op.f("uq_item_versions_item_id_version")),
    )
    op.create_table(
        "plan_entry_items",
        sa.Column("plan_entry_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["inspection_items.id"], name=op.f("fk_plan_entry_items_item_id_inspection_items")
        ),
        sa.ForeignKeyConstraint(
            ["plan_entry_id"],
            ["plan_entries.id"],
            name=op.f("fk_plan_entry_items_plan_entry_id_plan_entries"),
        ),
        sa.PrimaryKeyConstraint("plan_entry_id", "item_id", name=op.f("pk_plan_entry_items")),
    )
    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=80), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("plan_entry_id", sa.Integer(), nullable=True),
        sa.Column("legal_basis", sa.Text(), nullable=False),
        sa.Column("window_start", sa.Date(), nullable=False),
        sa.Column("window_end", sa.Date(), nullable=False),
        sa.Column("jurisdictions", sa.JSON(), nullable=False),
        sa.Column("industries", sa.JSON(), nullable=False),
        sa.Column("quotas", sa.JSON(), nullable=False),
        sa.Column("rounding", sa.String(length=10), nullable=False),
        sa.Column("team_size", sa.Integer(), nullable=False),
        sa.Column("max_load", sa.Integer(), nullable=False),
        sa.Column("directed", sa.Boolean(), nullable=False),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("joint", sa.Boolean(), nullable=False),
        sa.Column("initiating_department_id", sa.Integer(), nullable=True),
        sa.Column("joint_department_ids", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("publish_drawn_list", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["initiating_department_id"],
            ["departments.id"],
            name=op.f("fk_tasks_initiating_department_id_departments"),
        ),
        sa.ForeignKeyConstraint(
            ["plan_entry_id"], ["plan_entries.id"], name=op.f("fk_tasks_plan_entry_id_plan_entries")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tasks")),
        sa.UniqueConstraint("number", name=op.f("uq_tasks_number")),
        sa.UniqueConstraint("year", "seq", name=op.f("uq_tasks_year_seq")),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("doc_number", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("issued_by", sa.String(length=80), nullable=False),
        sa.Column("issued_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(["target_id"], ["targets.id"], name=op.f("fk_documents_target_id_targets")),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], name=op.f("fk_documents_task_id_tasks")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("doc_number", name=op.f("uq_documents_doc_number")),
        sa.UniqueConstraint("kind", "year", "number", name=op.f("uq_documents_kind_year_number")),
    )
    op.create_table(
        "draws",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("rehearsal", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("operator", sa.String(length=80), nullable=False),
        sa.Column("targets_tsv", sa.LargeBinary(), nullable=False),
        sa.Column("inspectors_tsv", sa.LargeBinary(), nullable=False),
        sa.Column("conflicts_tsv", sa.LargeBinary(), nullable=False),
        sa.Column("rules_tsv", sa.LargeBinary(), nullable=False),
        sa.Column("file_sha256", sa.JSON(), nullable=False),
        sa.Column("commit_hex", sa.String(length=64), nullable=True),
        sa.Column("secret_hex", sa.String(length=64), nullable=True),
        sa.Column("seed_hex", sa.String(length=64), nullable=True),
        sa.Column("result_text", sa.Text(), nullable=True),
        sa.Column("result_hash", sa.String(length=64), nullable=True),
        sa.Column("draw_json", sa.Text(), nullable=True),
        sa.Column("abandon_reason", sa.Text(), nullable=False),
        sa.Column("frozen_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("committed_at", sa.DateTime(), nullable=True),
        sa.Column("revealed_at", sa.DateTime(), nullable=True),
        sa.Column("locked_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], name=op.f("fk_draws_task_id_tasks")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draws")),
        sa.UniqueConstraint("task_id", "attempt", name=op.f("uq_draws_task_id_attempt")),
    )
    op.create_index(op.f("ix_draws_task_id"), "draws", ["task_id"], unique=False)
    op.create_table(
        "inspection_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("notice_given", sa.Boolean(), nullable=True),
        sa.Column("notice_note", sa.Text(), nullable=False),
        sa.Column("inspection_date", sa.Date(), nullable=True),
        sa.Column("methods", sa.JSON(), nullable=False),
        sa.Column("result_categories", sa.JSON(), nullable=False),
        sa.Column("disposals", sa.JSON(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.Column("target_signed", sa.Boolean(), nullable=False),
        sa.Column("target_refused", sa.Boolean(), nullable=False),
        sa.Column("refusal_note", sa.Text(), nullable=False),
        sa.Column("target_opinion", sa.Text(), nullable=False),
        sa.Column("transfer_to", sa.String(length=200), nullable=False),
        sa.Column("entered_by", sa.String(length=80), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("review_opinion", sa.Text(), nullable=False),
        sa.Column("reviewed_by", sa.String(length=80), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
        sa.Column("report_date", sa.Date(), nullable=True),
        sa.Column("credit_flag", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["target_id"], ["targets.id"], name=op.f("fk_inspection_records_target_id_targets")
        ),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], name=op.f("fk_inspection_records_task_id_tasks")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_records")),
        sa.UniqueConstraint("task_id", "target_id", name=op.f("uq_inspection_records_task_id_target_id")),
    )
    op.create_index(
        op.f("ix_inspection_records_target_id"), "inspection_records", ["target_id"], unique=False
    )
    op.create_index(op.f("ix_inspection_records_task_id"), "inspection_records", ["task_id"], unique=False)
    op.create_table(
        "publications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("published_by", sa.String(length=80), nullable=False),
        sa.Column("approved_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], name=op.f("fk_publications_task_id_tasks")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_publications")),
        sa.UniqueConstraint("task_id", name=op.f("uq_publications_task_id")),
    )
    op.create_table(
        "task_items",
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["inspection_items.id"], name=op.f("fk_task_items_item_id_inspection_items")
        ),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], name=op.f("fk_task_items_task_id_tasks")),
        sa.PrimaryKeyConstraint("task_id", "item_id", name=op.f("pk_task_items")),
    )
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=260), nullable=False),
        sa.Column("mime_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("added_by", sa.String(length=80), nullable=False),
        sa.Column("added_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"], ["inspection_records.id"], name=op.f("fk_attachments_record_id_inspection_records")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    op.create_index(op.f("ix_attachments_record_id"), "attachments", ["record_id"], unique=False)
    op.create_table(
        "draw_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draw_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("in_sr1", sa.Boolean(), nullable=False),
        sa.Column("approved_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(["draw_id"], ["draws.id"], name=op.f("fk_draw_events_draw_id_draws")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draw_events")),
        sa.UniqueConstraint("draw_id", "seq", name=op.f("uq_draw_events_draw_id_seq")),
    )
    op.create_table(
        "draw_selections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draw_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("target_code", sa.String(length=40), nullable=False),
        sa.Column("stratum", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key_hex", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(["draw_id"], ["draws.id"], name=op.f("fk_draw_selections_draw_id_draws")),
        sa.ForeignKeyConstraint(
            ["target_id"], ["targets.id"], name=op.f("fk_draw_selections_target_id_targets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draw_selections")),
        sa.UniqueConstraint("draw_id", "target_code", name=op.f("uq_draw_selections_draw_id_target_code")),
    )
    op.create_index(op.f("ix_draw_selections_draw_id"), "draw_selections", ["draw_id"], unique=False)
    op.create_index(op.f("ix_draw_selections_target_id"), "draw_selections", ["target_id"], unique=False)
    op.create_table(
        "draw_team_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draw_id", sa.Integer(), nullable=False),
        sa.Column("target_code", sa.String(length=40), nullable=False),
        sa.Column("inspector_id", sa.Integer(), nullable=False),
        sa.Column("inspector_code", sa.String(length=40), nullable=False),
        sa.Column("role", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["draw_id"], ["draws.id"], name=op.f("fk_draw_team_members_draw_id_draws")),
        sa.ForeignKeyConstraint(
            ["inspector_id"], ["inspectors.id"], name=op.f("fk_draw_team_members_inspector_id_inspectors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draw_team_members")),
        sa.UniqueConstraint(
            "draw_id",
            "target_code",
            "position",
            name=op.f("uq_draw_team_members_draw_id_target_code_position"),
        ),
    )
    op.create_index(op.f("ix_draw_team_members_draw_id"), "draw_team_members", ["draw_id"], unique=False)
    op.create_index(
        op.f("ix_draw_team_members_inspector_id"), "draw_team_members", ["inspector_id"], unique=False
    )
    op.create_table(
        "draw_witnesses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draw_id", sa.Integer(), nullable=False),
        sa.Column("seat", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("affiliation", sa.String(length=200), nullable=False),
        sa.Column("digits", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["draw_id"], ["draws.id"], name=op.f("fk_draw_witnesses_draw_id_draws")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draw_witnesses")),
        sa.UniqueConstraint("draw_id", "seat", name=op.f("uq_draw_witnesses_draw_id_seat")),
    )
    op.create_table(
        "published_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("publication_id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("target_name", sa.String(length=300), nullable=False),
        sa.Column("target_code", sa.String(length=40), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("result_text", sa.Text(), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["publication_id"],
            ["publications.id"],
            name=op.f("fk_published_results_publication_id_publications"),
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["inspection_records.id"],
            name=op.f("fk_published_results_record_id_inspection_records"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_published_results")),
        sa.UniqueConstraint("record_id", "version", name=op.f("uq_published_results_record_id_version")),
    )
    op.create_index(
        op.f("ix_published_results_publication_id"), "published_results", ["publication_id"], unique=False
    )
    op.create_table(
        "record_confirmations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("inspector_id", sa.Integer(), nullable=False),
        sa.Column(
            "confirmed_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["inspector_id"], ["inspectors.id"], name=op.f("fk_record_confirmations_inspector_id_inspectors")
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["inspection_records.id"],
            name=op.f("fk_record_confirmations_record_id_inspection_records"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_confirmations")),
        sa.UniqueConstraint(
            "record_id", "inspector_id", name=op.f("uq_record_confirmations_record_id_inspector_id")
        ),
    )
    op.create_table(
        "record_findings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("check_point_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("compliant", sa.Boolean(), nullable=True),
        sa.Column("finding", sa.Text(), nullable=False),
        sa.Column("disposal", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["check_point_id"],
            ["check_points.id"],
            name=op.f("fk_record_findings_check_point_id_check_points"),
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["inspection_records.id"],
            name=op.f("fk_record_findings_record_id_inspection_records"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_findings")),
        sa.UniqueConstraint(
            "record_id", "check_point_id", name=op.f("uq_record_findings_record_id_check_point_id")
        ),
    )
    op.create_table(
        "rectification_notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("doc_number", sa.String(length=80), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("basis", sa.Text(), nullable=False),
        sa.Column("requirement", sa.Text(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("verification", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["inspection_records.id"],
            name=op.f("fk_rectification_notices_record_id_inspection_records"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rectification_notices")),
    )
    op.create_index(
        op.f("ix_rectification_notices_record_id"), "rectification_notices", ["record_id"], unique=False
    )
    op.create_table(
        "replacements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draw_id", sa.Integer(), nullable=False),
        sa.Column("target_code", sa.String(length=40), nullable=False),
        sa.Column("old_inspector_id", sa.Integer(), nullable=False),
        sa.Column("new_inspector_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=80), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("entropy", sa.String(length=200), nullable=False),
        sa.Column("requested_by", sa.String(length=80), nullable=False),
        sa.Column("approved_by", sa.String(length=80), nullable=False),
        sa.Column(
            "approved_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.ForeignKeyConstraint(["draw_id"], ["draws.id"], name=op.f("fk_replacements_draw_id_draws")),
        sa.ForeignKeyConstraint(
            ["new_inspector_id"], ["inspectors.id"], name=op.f("fk_replacements_new_inspector_id_inspectors")
        ),
        sa.ForeignKeyConstraint(
            ["old_inspector_id"], ["inspectors.id"], name=op.f("fk_replacements_old_inspector_id_inspectors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_replacements")),
    )
    op.create_index(op.f("ix_replacements_draw_id"), "replacements", ["draw_id"], unique=False)
    op.create_table(
        "objections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("result_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("review_deadline", sa.Date(), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("review_note", sa.Text(), nullable=False),
        sa.Column("feedback_deadline", sa.Date(), nullable=True),
        sa.Column("feedback_on", sa.Date(), nullable=True),
        sa.Column("feedback_doc_number", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["result_id"], ["published_results.id"], name=op.f("fk_objections_result_id_published_results")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objections")),
    )
    op.create_index(op.f("ix_objections_result_id"), "objections", ["result_id"], unique=False)
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("old_result_id", sa.Integer(), nullable=False),
        sa.Column("new_result_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("requested_by", sa.String(length=80), nullable=False),
        sa.Column("approved_by", sa.String(length=80), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=False),
        sa.Column("doc_number", sa.String(length=80), nullable=False),
        sa.Column("objection_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["new_result_id"],
            ["published_results.id"],
            name=op.f("fk_corrections_new_result_id_published_results"),
        ),
        sa.ForeignKeyConstraint(
            ["objection_id"], ["objections.id"], name=op.f("fk_corrections_objection_id_objections")
        ),
        sa.ForeignKeyConstraint(
            ["old_result_id"],
            ["published_results.id"],
            name=op.f("fk_corrections_old_result_id_published_results"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_corrections")),
        sa.UniqueConstraint("new_result_id", name=op.f("uq_corrections_new_result_id")),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("corrections")
    op.drop_index(op.f("ix_objections_result_id"), table_name="objections")
    op.drop_table("objections")
    op.drop_index(op.f("ix_replacements_draw_id"), table_name="replacements")
    op.drop_table("replacements")
    op.drop_index(op.f("ix_rectification_notices_record_id"), table_name="rectification_notices")
    op.drop_table("rectification_notices")
    op.drop_table("record_findings")
    op.drop_table("record_confirmations")
    op.drop_index(op.f("ix_published_results_publication_id"), table_name="published_results")
    op.drop_table("published_results")
    op.drop_table("draw_witnesses")
    op.drop_index(op.f("ix_draw_team_members_inspector_id"), table_name="draw_team_members")
    op.drop_index(op.f("ix_draw_team_members_draw_id"), table_name="draw_team_members")
    op.drop_table("draw_team_members")
    op.drop_index(op.f("ix_draw_selections_target_id"), table_name="draw_selections")
    op.drop_index(op.f("ix_draw_selections_draw_id"), table_name="draw_selections")
    op.drop_table("draw_selections")
    op.drop_table("draw_events")
    op.drop_index(op.f("ix_attachments_record_id"), table_name="attachments")
    op.drop_table("attachments")
    op.drop_table("task_items")
    op.drop_table("publications")
    op.drop_index(op.f("ix_inspection_records_task_id"), table_name="inspection_records")
    op.drop_index(op.f("ix_inspection_records_target_id"), table_name="inspection_records")
    op.drop_table("inspection_records")
    op.drop_index(op.f("ix_draws_task_id"), table_name="draws")
    op.drop_table("draws")
    op.drop_table("documents")
    op.drop_table("tasks")
    op.drop_table("plan_entry_items")
    op.drop_table("item_versions")
    op.drop_index(op.f("ix_inspector_changes_inspector_id"), table_name="inspector_changes")
    op.drop_table("inspector_changes")
    op.drop_table("conflicts")
    op.drop_table("check_points")
    op.drop_table("users")
    op.drop_index(op.f("ix_target_changes_target_id"), table_name="target_changes")
    op.drop_table("target_changes")
    op.drop_table("plan_entries")
    op.drop_table("plan_adjustments")
    op.drop_index("ix_inspectors_name", table_name="inspectors")
    op.drop_table("inspectors")
    op.drop_table("inspection_items")
    op.drop_index("ix_targets_risk_active", table_name="targets")
    op.drop_index("ix_targets_name", table_name="targets")
    op.drop_table("targets")
    op.drop_table("settings")
    op.drop_table("organizations")
    op.drop_table("item_list_publications")
    op.drop_table("import_mappings")
    op.drop_table("holiday_overrides")
    op.drop_table("doc_counters")
    op.drop_table("departments")
    op.drop_table("audit_events")
    op.drop_table("annual_plans")
