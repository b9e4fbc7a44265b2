"""SQLAlchemy ORM models, one module per aggregate; importing this registers them all."""

from db.models.draws import Draw, DrawEvent, DrawSelection, DrawTeamMember, DrawWitness, Replacement
from db.models.items import CheckPoint, InspectionItem, ItemListPublication, ItemVersion
from db.models.org import Department, Organization, User
from db.models.plans import AnnualPlan, PlanAdjustment, PlanEntry, Task, plan_entry_items, task_items
from db.models.publications import Correction, Objection, Publication, PublishedResult
from db.models.records import (
    Attachment,
    InspectionRecord,
    RecordConfirmation,
    RecordFinding,
    RectificationNotice,
)
from db.models.rosters import (
    Conflict,
    ImportMapping,
    Inspector,
    InspectorChange,
    Target,
    TargetChange,
)
from db.models.system import AuditEvent, DocCounter, Document, HolidayOverride, Setting

__all__ = [
    "AnnualPlan", "Attachment", "AuditEvent", "CheckPoint", "Conflict", "Correction", "Department",
    "DocCounter", "Document", "Draw", "DrawEvent", "DrawSelection", "DrawTeamMember", "DrawWitness",
    "HolidayOverride", "ImportMapping", "InspectionItem", "InspectionRecord", "Inspector",
    "InspectorChange", "ItemListPublication", "ItemVersion", "Objection", "Organization",
    "PlanAdjustment", "PlanEntry", "Publication", "PublishedResult", "RecordConfirmation",
    "RecordFinding", "RectificationNotice", "Replacement", "Setting", "Target", "TargetChange",
    "Task", "User", "plan_entry_items", "task_items",
]
