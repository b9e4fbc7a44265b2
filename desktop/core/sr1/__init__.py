"""SR1 — the verifiable 双随机 draw (docs: /work/shared/spec/draw-sr1.md), standard library only."""

from desktop.core.sr1.canonical import (
    ConflictRow,
    InspectorRow,
    TargetRow,
    parse_conflicts,
    parse_inspectors,
    parse_targets,
    render_conflicts,
    render_inspectors,
    render_targets,
)
from desktop.core.sr1.crypto import (
    FILE_NAMES,
    Stream,
    commitment,
    event_stream,
    fh_bytes,
    file_hashes,
    inspect_stream,
    normalize_witness,
    randbelow_from,
    result_hash,
    seed,
    target_key,
)
from desktop.core.sr1.engine import DrawResult, Team, draw_from_seed, render_result, run_draw
from desktop.core.sr1.events import RECUSE, TARGET_UNAVAILABLE, EventRecord
from desktop.core.sr1.feasibility import FeasibilityReport, SeedSource, Shortage, feasibility
from desktop.core.sr1.package import (
    DRAW_JSON,
    RESULT_TXT,
    Package,
    draw_record,
    read_package_files,
    render_draw_json,
    write_package,
)
from desktop.core.sr1.rules import Rules, RuleValue, parse_rules, render_rules
from desktop.core.sr1.targets import StratumDraw, TargetDraw, draw_targets, quota_for
from desktop.core.sr1.teams import ROLE_LEADER, ROLE_MEMBER, Member, team_roles
from desktop.core.sr1.verify import Difference, VerifyReport, verify_files, verify_package

__all__ = [
    "DRAW_JSON", "FILE_NAMES", "RECUSE", "RESULT_TXT", "ROLE_LEADER", "ROLE_MEMBER", "TARGET_UNAVAILABLE",
    "ConflictRow", "Difference", "DrawResult", "EventRecord", "FeasibilityReport", "InspectorRow", "Member",
    "Package", "RuleValue", "Rules", "SeedSource", "Shortage", "Stream", "StratumDraw", "TargetDraw",
    "TargetRow", "Team", "VerifyReport",
    "commitment", "draw_from_seed", "draw_record", "draw_targets", "event_stream", "feasibility",
    "fh_bytes", "file_hashes", "inspect_stream", "normalize_witness", "parse_conflicts", "parse_inspectors",
    "parse_rules", "parse_targets", "quota_for", "randbelow_from", "read_package_files", "render_conflicts",
    "render_draw_json", "render_inspectors", "render_result", "render_rules", "render_targets",
    "result_hash", "run_draw", "seed", "target_key", "team_roles", "verify_files", "verify_package",
    "write_package",
]
