"""Schema migrations: upgrading a store made at the first revision, Alembic's view of the chain,
the migrated schema against the SQLAlchemy metadata, and the write guard of the first revision."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from pacte_desktop.domain.entities import Employer
from pacte_desktop.services import records
from pacte_desktop.store import backup
from pacte_desktop.store.connections import gate_of
from pacte_desktop.store.database import (
    STORE_FILE,
    Store,
    run_migrations,
)
from pacte_desktop.store.files import HEAD_REVISION, MIGRATIONS, inspect_file, known_revisions
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.schema import APPLICATION_ID, metadata
from pacte_desktop.store.unit_of_work import UnitOfWork

FIRST = "0001"
# name -> tags (JSON, as stored)
EMPLOYERS = {
    "Société Générale de Belgique": '["banque", "siège"]',
    "Boulangerie Ékoé": '["horeca"]',
    "Garage Moderne": "[]",
    "Crèche Les Marmots": '["petite-enfance", "horeca"]',
}


def make_store_at_first_revision(folder: Path) -> dict[str, str]:
    """A store at revision 0001 with an organisation, a worker and a few employers written
    with raw SQL (0001 has no search index). Returns employer name -> id."""
    store = Store.open(folder, migrate_to=FIRST, daily_backup=False)
    ids = {name: f"emp-{i:02d}" for i, name in enumerate(EMPLOYERS)}
    with UnitOfWork(store, worker_id="wrk-1") as uow:
        conn = uow.connection
        conn.execute(
            sa.text(
                "INSERT INTO organisation (id, name, org_type) "
                "VALUES ('org-1', 'CPAS de Saint-Gilles', 'cpas')"
            )
        )
        conn.execute(
            sa.text(
                "INSERT INTO worker (id, organisation_id, name, status) "
                "VALUES ('wrk-1', 'org-1', 'Farida Aïssa', 'active')"
            )
        )
        for name, tags in EMPLOYERS.items():
            conn.execute(
                sa.text(
                    "INSERT INTO employer (id, name, tags, status, owner_id, commune) "
                    "VALUES (:id, :name, :tags, 'prospect', 'wrk-1', 'Saint-Gilles')"
                ),
                {"id": ids[name], "name": name, "tags": tags},
            )
        store.set_local("organisation_id", "org-1", conn=conn)
        store.set_local("worker_id", "wrk-1", conn=conn)
        uow.commit()
    store.close()
    return ids


def revision_of(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def sqlite_objects(path: Path, kind: str) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = ?", (kind,))
        }


def alembic_config(conn: sa.Connection) -> Config:
    """The configuration run_migrations builds, on a connection we hand over."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    return config


def test_first_revision_store_has_no_search_index(tmp_path: Path) -> None:
    make_store_at_first_revision(tmp_path)
    path = tmp_path / STORE_FILE
    assert revision_of(path) == FIRST
    assert inspect_file(path) == (APPLICATION_ID, FIRST)
    assert "employer_search" not in sqlite_objects(path, "table")
    assert "guard_employer_insert" in sqlite_objects(path, "trigger")


def test_open_upgrades_first_revision_to_head(tmp_path: Path) -> None:
    assert HEAD_REVISION != FIRST  # otherwise this test proves nothing
    ids = make_store_at_first_revision(tmp_path)
    path = tmp_path / STORE_FILE

    store = Store.open(tmp_path)
    try:
        assert revision_of(path) == HEAD_REVISION
        assert {
            "employer_search_insert",
            "employer_search_update",
            "employer_search_delete",
        } <= sqlite_objects(path, "trigger")

        # The backup taken before the migration holds the store as it was, at 0001.
        taken = [
            (reason, p)
            for _, reason, p in backup.listing(tmp_path / backup.BACKUP_DIR)
            if reason.startswith("before-migration")
        ]
        assert len(taken) == 1
        assert taken[0][0] == f"before-migration-{HEAD_REVISION}"
        assert inspect_file(taken[0][1]) == (APPLICATION_ID, FIRST)
        with sqlite3.connect(taken[0][1]) as conn:
            assert conn.execute("SELECT count(*) FROM employer").fetchone()[0] == len(EMPLOYERS)

        with store.reading() as conn:
            repo = Repository(conn)
            stored = {e.name: e for e in repo.list(Employer, include_archived=True)}
            assert set(stored) == set(EMPLOYERS)
            assert stored["Crèche Les Marmots"].tags == ("petite-enfance", "horeca")
            # The backfill indexed the rows written before the index existed.
            assert repo.search_employer_ids("societe gen") == [ids["Société Générale de Belgique"]]
            assert repo.search_employer_ids("ekoe") == [ids["Boulangerie Ékoé"]]
            assert set(repo.search_employer_ids("horeca")) == {
                ids["Boulangerie Ékoé"],
                ids["Crèche Les Marmots"],
            }
            assert repo.search_employer_ids("siege") == [ids["Société Générale de Belgique"]]
            assert repo.search_employer_ids("zzzz") == []

        # The triggers keep the index up to date for records written after the migration.
        with UnitOfWork(store) as uow:
            created = records.create(
                uow,
                Employer,
                {
                    "name": "Épicerie Sociale Méridienne",
                    "tags": ["alimentation"],
                    "owner_id": "wrk-1",
                },
            )
            uow.commit()
        with store.reading() as conn:
            repo = Repository(conn)
            assert repo.search_employer_ids("epicerie merid") == [created.id]
            assert repo.search_employer_ids("alimentation") == [created.id]

        with UnitOfWork(store) as uow:
            records.edit(uow, Employer, created.id, {"name": "Restaurant Solidaire"})
            uow.commit()
        with store.reading() as conn:
            repo = Repository(conn)
            assert repo.search_employer_ids("epicerie") == []
            assert repo.search_employer_ids("solidaire") == [created.id]
    finally:
        store.close()

    # Opening again at head migrates nothing and takes no further migration backup.
    Store.open(tmp_path).close()
    reasons = [r for _, r, _ in backup.listing(tmp_path / backup.BACKUP_DIR)]
    assert sum(r.startswith("before-migration") for r in reasons) == 1


def test_head_revision_is_alembic_head_and_chain_is_linear() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    script = ScriptDirectory.from_config(config)

    assert script.get_heads() == [HEAD_REVISION]
    assert script.get_bases() == [known_revisions()[0]]

    chain = list(script.walk_revisions())  # head first
    assert [s.revision for s in reversed(chain)] == known_revisions()
    for older, newer in zip(reversed(chain), list(reversed(chain))[1:], strict=False):
        assert newer.down_revision == older.revision
        assert not newer.is_merge_point and not older.is_branch_point
    assert chain[-1].down_revision is None
    # Each file's name starts with the revision id it declares (known_revisions reads names).
    for revision in chain:
        assert Path(revision.path).name.startswith(f"{revision.revision}_")


def _schema_differences(engine: sa.Engine, target: sa.MetaData) -> list[object]:
    def include_name(name: str | None, type_: str, parent: object) -> bool:
        return not (
            type_ == "table"
            and name is not None
            and (name.startswith("employer_search") or name == "alembic_version")
        )

    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "compare_server_default": True,
                "include_name": include_name,
            },
        )
        return list(compare_metadata(context, target))


def test_migrated_schema_matches_metadata(tmp_path: Path) -> None:
    store = Store.open(tmp_path, daily_backup=False)
    try:
        assert _schema_differences(store.engine, metadata) == []

        # The comparison does see a difference when there is one.
        altered = sa.MetaData()
        for table in metadata.sorted_tables:
            table.to_metadata(altered)
        altered.tables["employer"].append_column(sa.Column("mood", sa.Text))
        differences = _schema_differences(store.engine, altered)
        assert len(differences) == 1
        assert differences[0][0] == "add_column"  # type: ignore[index]
    finally:
        store.close()


def test_migrated_from_first_revision_schema_matches_metadata(tmp_path: Path) -> None:
    make_store_at_first_revision(tmp_path)
    store = Store.open(tmp_path, daily_backup=False)
    try:
        assert _schema_differences(store.engine, metadata) == []
    finally:
        store.close()


def test_downgrade_to_first_revision_and_upgrade_again(tmp_path: Path) -> None:
    ids = make_store_at_first_revision(tmp_path)
    path = tmp_path / STORE_FILE
    store = Store.open(tmp_path, daily_backup=False)
    try:
        with store.engine.connect() as conn:
            command.downgrade(alembic_config(conn), FIRST)
            conn.commit()
        assert revision_of(path) == FIRST
        assert not {n for n in sqlite_objects(path, "table") if n.startswith("employer_search")}
        assert not {n for n in sqlite_objects(path, "trigger") if "search" in n}
        assert "guard_employer_insert" in sqlite_objects(path, "trigger")
        with store.reading() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM employer")).scalar() == len(EMPLOYERS)

        run_migrations(store.engine)
        assert revision_of(path) == HEAD_REVISION
        with store.reading() as conn:
            repo = Repository(conn)
            assert repo.search_employer_ids("societe") == [ids["Société Générale de Belgique"]]
        with UnitOfWork(store) as uow:
            created = records.create(uow, Employer, {"name": "Atelier Vélo", "owner_id": "wrk-1"})
            uow.commit()
        with store.reading() as conn:
            assert Repository(conn).search_employer_ids("velo") == [created.id]
        assert _schema_differences(store.engine, metadata) == []
    finally:
        store.close()


# -- the write guard ----------------------------------------------------------------------------
def _dump(path: Path, table: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()


RAW_WRITES = {
    "insert": "INSERT INTO employer (id, name, status) VALUES ('sneaky', 'Sneaky', 'prospect')",
    "update": "UPDATE employer SET name = 'Renamed'",
    "delete": "DELETE FROM employer",
}


@pytest.mark.parametrize("op", list(RAW_WRITES))
def test_plain_sqlite_connection_cannot_write_replicated_tables(org, op: str) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(org.store) as uow:
        records.create(uow, Employer, {"name": "Brasserie de la Gare"})
        uow.commit()
    path = org.store.path
    employers, journal = _dump(path, "employer"), _dump(path, "journal")
    assert employers

    conn = sqlite3.connect(path)
    try:
        refused = r"no such function: pacte_(write_allowed|search_deferred)"
        with pytest.raises(sqlite3.OperationalError, match=refused):
            conn.execute(RAW_WRITES[op])
        conn.commit()
    finally:
        conn.close()
    assert _dump(path, "employer") == employers
    assert _dump(path, "journal") == journal


@pytest.mark.parametrize("op", list(RAW_WRITES))
def test_engine_connection_without_the_gate_cannot_write(org, op: str) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(org.store) as uow:
        records.create(uow, Employer, {"name": "Brasserie de la Gare"})
        uow.commit()
    path = org.store.path
    employers, journal = _dump(path, "employer"), _dump(path, "journal")

    with org.store.engine.connect() as conn:
        assert gate_of(conn).open is False
        with pytest.raises(sa.exc.DBAPIError, match="written only through the unit of work"):
            conn.execute(sa.text(RAW_WRITES[op]))
        conn.rollback()
    for table in ("worker", "organisation"):
        with (
            org.store.engine.connect() as conn,
            pytest.raises(sa.exc.DBAPIError, match=f"pacte: {table} is written only through"),
        ):
            conn.execute(sa.text(f"UPDATE {table} SET name = 'x'"))
    assert _dump(path, "employer") == employers
    assert _dump(path, "journal") == journal


def test_gate_closes_after_the_unit_of_work(org) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(org.store) as uow:
        records.create(uow, Employer, {"name": "Brasserie de la Gare"})
        uow.commit()
    with pytest.raises(RuntimeError), UnitOfWork(org.store) as uow:  # left without commit
        records.create(uow, Employer, {"name": "Jamais écrite"})
        raise RuntimeError("abandoned")
    with org.store.reading() as conn:
        assert Repository(conn).search_employer_ids("jamais") == []
    # The pooled connections the units of work used are handed out again, gate closed.
    for _ in range(5):
        with org.store.engine.connect() as conn:
            assert gate_of(conn).open is False
            with pytest.raises(sa.exc.DBAPIError, match="written only through"):
                conn.execute(sa.text(RAW_WRITES["update"]))
            conn.rollback()


def test_local_tables_stay_writable(org) -> None:  # type: ignore[no-untyped-def]
    path = org.store.path
    conn = sqlite3.connect(path)
    try:
        conn.execute("INSERT INTO setting (key, value) VALUES ('language', 'nl')")
        conn.execute("INSERT INTO local_state (key, value) VALUES ('probe', 'raw')")
        conn.commit()
    finally:
        conn.close()
    with org.store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE setting SET value = 'en' WHERE key = 'language'"))
        conn.execute(sa.text("INSERT INTO local_state (key, value) VALUES ('probe2', 'engine')"))
    assert org.store.setting("language") == "en"
    assert org.store.local("probe") == "raw"
    assert org.store.local("probe2") == "engine"
