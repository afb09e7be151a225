"""The demo shows the people shapes: relatives who are also lawyers or witnesses (two
categories, two roles in one case) and perpetrator groups, with and without a number."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from db.models import AllegationPerson, CasePerson, Person, person_categories
from monitor_app import demo
from monitor_app.store import create_store
from tests.conftest import CHEAP_KDF, PASSPHRASE


def test_demo_30_seed_7_has_two_roles_two_categories_and_groups(tmp_path: Path) -> None:
    store = create_store(tmp_path / "demo.db", PASSPHRASE, kdf=CHEAP_KDF)
    try:
        demo.generate(store, cases=30, seed=7)
        with store.read() as s:
            others = s.execute(select(person_categories.c.person_id, Person.category).join(
                Person, Person.id == person_categories.c.person_id).where(
                person_categories.c.deleted.is_(False),
                person_categories.c.term_code == "person_category.lawyer")).all()
            assert others and all(c == "person_category.relative" for _, c in others)
            two_roles = s.execute(select(CasePerson.person_id).where(
                CasePerson.deleted.is_(False)).group_by(CasePerson.case_id, CasePerson.person_id)
                .having(func.count() > 1)).scalars().all()
            assert {pid for pid, _ in others} & set(two_roles)
            groups = s.execute(select(Person.id, Person.group_size).where(
                Person.is_group.is_(True))).all()
            assert {size for _, size in groups} >= {None, 6}
            linked = set(s.scalars(select(AllegationPerson.person_id).where(
                AllegationPerson.role == "perpetrator")))
            assert {gid for gid, _ in groups} <= linked
    finally:
        store.close()
