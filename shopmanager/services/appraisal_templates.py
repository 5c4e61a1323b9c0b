"""Appraisal templates per role and who appraises whom (teams, supervisors).

A role without a stored template uses the defaults of core.appraisal (from the seeds);
the owner edits and saves it. Opening a month copies the template into that month's
appraisals, so a later edit never changes a month already opened.
"""
from __future__ import annotations

from dataclasses import dataclass

from shopmanager.core import timeutil
from shopmanager.core.appraisal import (
    APPRAISED_ROLES, CATALOG, SOURCES, Template, TemplateItem, default_template, source_label, validate_template,
)
from shopmanager.core.errors import Conflict, NotFound, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm, Role, role_label
from shopmanager.db.models import AppraisalMember, AppraisalTemplate, AppraisalTemplateItem, Staff
from shopmanager.services.context import Actor, audit, require, write_retrying


def _check_role(role: str) -> str:
    if role not in [r.value for r in APPRAISED_ROLES]:
        raise ValidationError(tr("Appraisal", "There is no appraisal template for the role '{role}'.").format(
            role=role_label(role)), field="role")
    return role


def load_template(role: str) -> Template:
    """The stored template of the role, or the defaults when none was saved (no permission
    needed: an employee's own form shows their template's lines)."""
    _check_role(role)
    row = AppraisalTemplate.get_or_none(AppraisalTemplate.role == role)
    if row is None:
        return default_template(role)
    items = [TemplateItem(i.indicator, i.weight, i.indicator_group, i.name, i.target, i.rule, i.bands,
                          tuple(s for s in i.sources.split(",") if s))
             for i in AppraisalTemplateItem.select().where(AppraisalTemplateItem.template == row)
             .order_by(AppraisalTemplateItem.position)]
    return Template(role, items, {"self": row.self_weight, "supervisor": row.supervisor_weight,
                                  "peer": row.peer_weight, "customer": row.customer_weight})


def template_version(role: str) -> int:
    row = AppraisalTemplate.get_or_none(AppraisalTemplate.role == role)
    return row.row_version if row else 0


def is_default(role: str) -> bool:
    return AppraisalTemplate.get_or_none(AppraisalTemplate.role == role) is None


def _describe(template: Template) -> dict:
    """The template as the audit log keeps it: indicators and sources by their names (in the
    language of whoever saved it), weight %, target, bands, who scores."""
    def indicator(item) -> str:
        definition = CATALOG.get(item.indicator)
        return item.name or (definition.label() if definition else item.indicator)

    return {"sources": ", ".join(f"{source_label(s)} {template.source_weights.get(s, 0)}%" for s in SOURCES),
            "items": "; ".join(f"{indicator(i)} {i.weight}%"
                               f"{' → ' + str(i.target) if i.target is not None else ''}"
                               f"{' ' + i.bands if i.bands else ''}"
                               f"{' [' + '、'.join(source_label(s) for s in i.sources) + ']' if i.sources else ''}"
                               for i in template.items)}


def save_template(actor: Actor, template: Template, *, expected_version: int | None = None) -> Template:
    """Validate (weights of the indicators add up to 100, the four sources' too) and store;
    refused with a message naming the line, nothing changed."""
    require(actor, Perm.APPRAISAL_MANAGE, entity="appraisal_template", entity_id=template.role)
    _check_role(template.role)
    template = validate_template(template)

    def work() -> Template:
        before = load_template(template.role)
        row = AppraisalTemplate.get_or_none(AppraisalTemplate.role == template.role)
        if expected_version is not None and (row.row_version if row else 0) != expected_version:
            raise Conflict(tr("Appraisal", "Someone changed this template meanwhile. Close it and open it again."))
        weights = template.source_weights
        values = {"self_weight": weights["self"], "supervisor_weight": weights["supervisor"],
                  "peer_weight": weights["peer"], "customer_weight": weights["customer"],
                  "updated_at": timeutil.now(), "updated_by": actor.user_id}
        if row is None:
            row = AppraisalTemplate.create(role=template.role, **values)
        else:
            AppraisalTemplate.update(row_version=AppraisalTemplate.row_version + 1, **values).where(
                AppraisalTemplate.id == row.id).execute()
            AppraisalTemplateItem.delete().where(AppraisalTemplateItem.template == row.id).execute()
        AppraisalTemplateItem.insert_many([
            {"template": row.id, "position": n, "indicator_group": i.group, "indicator": i.indicator,
             "name": i.name, "weight": i.weight, "target": i.target, "rule": i.rule, "bands": i.bands,
             "sources": ",".join(i.sources)} for n, i in enumerate(template.items, start=1)]).execute()
        audit(actor, "update", "appraisal_template", template.role, old=_describe(before), new=_describe(template),
              summary=tr("Appraisal", "Appraisal template: {role}").format(role=role_label(template.role)))
        return template

    return write_retrying(work)


def reset_template(actor: Actor, role: str) -> Template:
    """Back to the shop's defaults (the seeds)."""
    require(actor, Perm.APPRAISAL_MANAGE, entity="appraisal_template", entity_id=role)
    return save_template(actor, default_template(_check_role(role)))


# -- who appraises whom ----------------------------------------------------------------------------

@dataclass(frozen=True)
class MemberInfo:
    staff_id: int
    name: str
    role: str
    status: str
    team: str
    supervisor_id: int | None
    supervisor_name: str
    appraised: bool


def list_members(actor: Actor) -> list[MemberInfo]:
    """Every staff member of an appraised role, with their team and supervisor."""
    require(actor, Perm.APPRAISAL_TEAM, entity="appraisal_member")
    members = {m.staff_id: m for m in AppraisalMember.select()}
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    roles = [r.value for r in APPRAISED_ROLES]
    rows = []
    for person in Staff.select().where(Staff.role.in_(roles)).order_by(Staff.status, Staff.name):
        member = members.get(person.id)
        supervisor = member.supervisor_id if member else None
        rows.append(MemberInfo(person.id, person.name, person.role, person.status, member.team if member else "",
                               supervisor, names.get(supervisor, "") if supervisor else "",
                               member.appraised if member else True))
    return rows


def set_member(actor: Actor, staff_id: int, *, team: str = "", supervisor_id: int | None = None,
               appraised: bool = True) -> MemberInfo:
    require(actor, Perm.APPRAISAL_MANAGE, entity="appraisal_member", entity_id=staff_id)
    team = (team or "").strip()
    if len(team) > 40:
        raise ValidationError(tr("Appraisal", "Team: at most 40 characters."), field="team")

    def work() -> MemberInfo:
        person = Staff.get_or_none(Staff.id == staff_id)
        if person is None:
            raise NotFound(tr("Users", "That staff member no longer exists."))
        supervisor_name = ""
        if supervisor_id is not None:
            if supervisor_id == staff_id:
                raise ValidationError(tr("Appraisal", "Nobody is their own supervisor."), field="supervisor")
            boss = Staff.get_or_none(Staff.id == supervisor_id)
            if boss is None or boss.role not in (Role.SUPERVISOR, Role.OWNER):
                raise ValidationError(tr("Appraisal", "The supervisor must be a supervisor or the owner."),
                                      field="supervisor")
            supervisor_name = boss.name
        old = AppraisalMember.get_or_none(AppraisalMember.staff == staff_id)
        before = {"team": old.team, "supervisor": old.supervisor_id, "appraised": old.appraised} if old else \
            {"team": "", "supervisor": None, "appraised": True}
        after = {"team": team, "supervisor": supervisor_id, "appraised": bool(appraised)}
        (AppraisalMember.insert(staff=staff_id, **after)
         .on_conflict(conflict_target=[AppraisalMember.staff],
                      update={AppraisalMember.team: team, AppraisalMember.supervisor: supervisor_id,
                              AppraisalMember.appraised: bool(appraised)}).execute())
        audit(actor, "update", "appraisal_member", staff_id, old=before, new=after, summary=person.name)
        return MemberInfo(person.id, person.name, person.role, person.status, team, supervisor_id, supervisor_name,
                          bool(appraised))

    return write_retrying(work)
