"""Take the README's screenshots: the main views on demonstration data, in French and Dutch,
the report and import dialogs, and the first pages of the PDF reports (through ``pdftoppm``).

Run: ``.venv/bin/python docs/screenshots/take.py`` — it restarts itself under ``xvfb-run`` when
there is no display (``apt-get install xvfb`` provides it), fills a temporary store with
``pacte demo`` data, opens the real main window at 1366×768 and saves one PNG per view and
language in this folder (or ``--out DIR``; set ``QT_SCALE_FACTOR=1.5`` to see 150 % scaling).
The application's look (``pacte_desktop/ui/look.py``) is applied, light unless ``--dark``.

``--only-home`` takes only « Ma journée » as the window opens on it, the whole screen
(``home-LANG.png``, ``-150`` under ``QT_SCALE_FACTOR=1.5``), four employers opened beforehand.

``--publics`` builds a small partner network (three organisations with demonstration data:
the CPAS, the mission locale and the ALE, through a network folder in the temporary folder) and
takes the Network view's Publics tab with a search asked ("néerlandais", "anglais",
"bachelier ou plus") and the sharing screen's preview of our own profile, in French and Dutch
(``network-publics-LANG.png``, ``what-we-share-profile-LANG.png``).
``--requests`` takes only the employer requests relayed to the network (issue 15): three
organisations around a temporary network folder, a request relayed by the CPAS and answered by
the two others; the CPAS's Réseau → Demandes tab (``network-requests-LANG.png``) and the
mission locale's, answering (``network-requests-answer-LANG.png``), and its Ma journée
(``home-requests-LANG.png``), at 1366×768.
``--privacy`` takes only the review of candidates past their retention over the Candidates
view (``candidates-expired-LANG.png``), the whole screen.
``--network`` takes only the partner network, the whole 1366×768 screen: the CPAS with two
partners through a network folder (``network-employers-LANG.png``, ``network-members-LANG.png``,
the directory's « Également connu de » in ``directory-partners-LANG.png``, the duplicates review
in ``duplicates-review-LANG.png`` and ``duplicates-partner-LANG.png``).

``--first-start`` takes only the whole 1366×768 screen with the main window at the size and
place it first opens at (``first-start-LANG.png``; ``-150`` under ``QT_SCALE_FACTOR=1.5``,
``-dark`` with ``--dark``), the status bar's Undo showing: what a new user sees on a laptop.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pacte_desktop.store.unit_of_work import UnitOfWork

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            print("take.py: no display and no xvfb-run (apt-get install xvfb)", file=sys.stderr)
            return 1
        return subprocess.call(
            [xvfb, "-a", "-s", "-screen 0 1366x768x24", sys.executable, __file__, *sys.argv[1:]]
        )
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QTabWidget

    from pacte_desktop.demo.fill import fill_demo
    from pacte_desktop.store.database import Store
    from pacte_desktop.ui import i18n
    from pacte_desktop.ui.context import AppContext
    from pacte_desktop.ui.main_window import MainWindow

    out = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else HERE
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    from pacte_desktop.ui import look

    dark = "--dark" in sys.argv
    look.apply(app, dark=dark)
    if "--requests" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            _requests(app, Path(tmp), out)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        if "--network" in sys.argv:  # its own stores: the CPAS and two partners
            ours = _network_scene(Path(tmp) / "scene")
            network_context = AppContext(ours)
            for lang in ("fr", "nl"):
                _network(app, network_context, Path(tmp), out, lang)
            network_context.runner.wait()
            ours.close()
            return 0
        store = Store.open(Path(tmp), daily_backup=False)
        with UnitOfWork(store) as uow:
            fill_demo(uow, employers=300, today=dt.date.today())
            uow.commit()
        context = AppContext(store)
        settings = QSettings(str(Path(tmp) / "window.ini"), QSettings.Format.IniFormat)
        only_help = "--only-help" in sys.argv  # the help, About and crash dialogs alone
        if "--only-home" in sys.argv:
            suffix = "-150" if os.environ.get("QT_SCALE_FACTOR") == "1.5" else ""
            _remember_some(context)
            for lang in ("fr", "nl"):
                _home(app, context, Path(tmp), out / f"home-{lang}{suffix}.png", lang)
            context.runner.wait()
            store.close()
            return 0
        if "--day" in sys.argv:
            suffix = "-150" if os.environ.get("QT_SCALE_FACTOR") == "1.5" else ""
            _remember_some(context)
            for lang in ("fr", "nl"):
                _home(app, context, Path(tmp), out / f"home-{lang}{suffix}.png", lang)
                _day(app, context, Path(tmp), out, lang, suffix)
            context.runner.wait()
            store.close()
            return 0
        if "--publics" in sys.argv:
            _publics(app, context, Path(tmp), out)
            context.runner.wait()
            store.close()
            return 0
        if "--privacy" in sys.argv:
            for lang in ("fr", "nl"):
                _privacy(app, context, Path(tmp), out, lang)
            context.runner.wait()
            store.close()
            return 0
        if "--first-start" in sys.argv:
            suffix = ("-150" if os.environ.get("QT_SCALE_FACTOR") == "1.5" else "") + (
                "-dark" if dark else ""
            )
            for lang in ("fr", "nl"):
                _first_start(app, context, Path(tmp), out / f"first-start-{lang}{suffix}.png", lang)
            context.runner.wait()
            store.close()
            return 0
        for lang in ("fr", "nl"):
            i18n.install(lang)
            window = MainWindow(context, settings)
            window.resize(1366, 768)
            window.show()
            _help(app, context, window, out, lang)
            if only_help:
                window.close()
                continue
            for view in window.views:
                window.show_view(view.key)
                deadline = dt.datetime.now() + dt.timedelta(seconds=5)
                while dt.datetime.now() < deadline:  # let background loads land
                    app.processEvents()
                    context.runner.wait(50)
                    if not getattr(getattr(view, "model", None), "loading", False) and not (
                        getattr(view, "pending", None)  # « Ma journée »'s sections
                    ):
                        break
                for _ in range(20):
                    app.processEvents()
                target = out / f"{view.key}-{lang}.png"
                window.grab().save(str(target))
                print(target)
            # The employer record, on its interaction timeline.
            from pacte_desktop.ui.employer_record import open_employer

            employers = window.view("employers")
            found = []
            open_employer(context, employers.model.id_at(0), window, on_open=found.append)
            while not found:  # the record opens once its fiche is read
                app.processEvents()
                context.runner.wait(20)
            dialog = found[0]
            dialog.resize(1000, 700)
            for _ in range(30):
                app.processEvents()
                context.runner.wait(20)
            dialog.grab().save(str(out / f"employer-record-{lang}.png"))
            tabs = dialog.findChild(QTabWidget)
            if tabs is not None:
                tabs.setCurrentIndex(2)
                for _ in range(10):
                    app.processEvents()
                dialog.grab().save(str(out / f"employer-timeline-{lang}.png"))
            dialog.close()
            _reports(app, context, window, Path(tmp), out, lang)
            window.close()
        context.runner.wait()
        store.close()
    return 0


def _settler(app, context):  # type: ignore[no-untyped-def]
    """``settle(rounds=30)``: let the window and the context's reads finish."""

    def settle(rounds: int = 30) -> None:
        for _ in range(rounds):
            app.processEvents()
            context.runner.wait(20)

    return settle


def _shooter(app, settle, out: Path, lang: str, suffix: str = ""):  # type: ignore[no-untyped-def]
    """``shoot(name)``: settle, then save the whole screen as ``NAME-LANG[SUFFIX].png``."""

    def shoot(name: str) -> None:
        settle()
        target = out / f"{name}-{lang}{suffix}.png"
        app.primaryScreen().grabWindow(0).save(str(target))
        print(target)

    return shoot


def _help(app, context, window, out: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The user guide (F1), About, the crash dialog and the drafts offered after a crash."""
    from pacte_desktop.ui.crash import CrashDialog
    from pacte_desktop.ui.drafts import Draft, DraftsDialog

    def settle() -> None:
        for _ in range(20):
            app.processEvents()

    guide = window.show_guide()
    settle()
    guide.grab().save(str(out / f"guide-{lang}.png"))
    guide.close()
    about = window.about()
    about.resize(720, 420)
    settle()
    about.grab().save(str(out / f"about-{lang}.png"))
    about.tabs.setCurrentIndex(1)
    settle()
    about.grab().save(str(out / f"about-licences-{lang}.png"))
    about.close()
    crash = CrashDialog(context.store.data_dir / "logs", window)
    crash.show()
    settle()
    crash.grab().save(str(out / f"crash-{lang}.png"))
    crash.close()
    draft = Draft(
        path=context.store.data_dir / "drafts" / "example.json",
        table="employer",
        record_id=None,
        values={},
        caption="Boulangerie du Parvis",
        saved_at="2026-12-04T10:42:00+01:00",
    )
    drafts = DraftsDialog([draft], window)
    drafts.show()
    settle()
    drafts.grab().save(str(out / f"drafts-{lang}.png"))
    drafts.close()
    for name in ("guide", "about", "about-licences", "crash", "drafts"):
        print(out / f"{name}-{lang}.png")


def _requests(app, tmp: Path, out: Path) -> None:  # type: ignore[no-untyped-def]
    """Réseau → Demandes at the relaying organisation and at a partner answering
    (``--requests``)."""
    import keyring
    from keyring.backends import fail
    from PySide6.QtCore import QSettings

    from pacte_desktop.domain.entities import Employer, Opportunity
    from pacte_desktop.services import records, requests, workers
    from pacte_desktop.store.database import Store
    from pacte_desktop.sync import crypto, engine
    from pacte_desktop.ui import i18n
    from pacte_desktop.ui.context import AppContext
    from pacte_desktop.ui.main_window import MainWindow

    keyring.set_keyring(fail.Keyring())
    secret = "Pacte de Saint-Gilles : réseau des partenaires 2026"
    os.environ["PACTE_ORG_PASSPHRASE"] = os.environ["PACTE_NETWORK_PASSPHRASE"] = secret
    kdf = crypto.Kdf.argon2id(t=1, m=64, p=1)  # a screenshot's keys protect nothing
    network = engine.Location("folder", str(tmp / "network"))
    (tmp / "network").mkdir()
    stores = {}
    for key, name, kind, worker in (
        ("cpas", "CPAS de Saint-Gilles", "cpas", "Farida Aissa"),
        ("ml", "Mission locale de Saint-Gilles", "mission-locale", "Igo De Radigues"),
        ("ale", "ALE de Saint-Gilles", "ale", "Julie Buelens"),
    ):
        store = Store.open(tmp / key, daily_backup=False)
        with UnitOfWork(store, worker_id="") as uow:
            workers.init_organisation(uow, name=name, org_type=kind, worker=worker)
            uow.commit()
        (tmp / f"{key}-root").mkdir()
        engine.setup_org(store, engine.Location("folder", str(tmp / f"{key}-root")), kdf=kdf)
        engine.setup_network(store, network, coordinator=key == "cpas", kdf=kdf)
        if key != "cpas":
            engine.admit_member(stores["cpas"], str(store.local("organisation_id")))
        stores[key] = store

    def passes() -> None:
        for _ in range(2):
            for store in stores.values():
                engine.sync_pass(store, scopes=("network",))

    today = dt.date.today()
    with UnitOfWork(stores["cpas"]) as uow:
        for employer, title, positions, languages, days in (
            ("Delhaize Barrière", "15 vendeurs et vendeuses NL/EN", 15, ("nl", "en"), 40),
            ("Hôtel Bristol", "Réceptionnistes trilingues", 3, ("fr", "nl", "en"), 25),
            ("Garage Moderne", "Aides-mécaniciens", 4, ("fr",), 60),
        ):
            found = records.create(uow, Employer, {"name": employer, "postcode": "1060"})
            made = records.create(
                uow,
                Opportunity,
                {
                    "employer_id": found.id,
                    "kind": "profile-request",
                    "title": title,
                    "positions": positions,
                    "languages": languages,
                    "end_date": today + dt.timedelta(days=days),
                },
            )
            requests.relay(uow, made.id)
        uow.commit()
    passes()
    for key, count, message in (
        ("ml", 4, "Quatre profils bilingues NL/EN, disponibles dès le mois prochain."),
        ("ale", 3, "Trois personnes en fin de formation vente ; appeler Julie."),
    ):
        board = requests.request_board(stores[key])
        for index, partner in enumerate(board.partners):
            if key == "ale" and index == 2:
                continue
            found = requests.find_partner_request(
                stores[key], partner.id, organisation_id=partner.organisation_id
            )
            with UnitOfWork(stores[key]) as uow:
                requests.answer(
                    uow, found, count=max(count - index, 1), message=message, today=today
                )
                uow.commit()
    passes()
    with UnitOfWork(stores["cpas"]) as uow:
        garage = [r for r in requests.request_board(stores["cpas"]).ours if "mécan" in r.title]
        requests.close(uow, garage[0].id, "partly")
        uow.commit()
    passes()

    def settle(context: AppContext, rounds: int = 40) -> None:
        for _ in range(rounds):
            app.processEvents()
            context.runner.wait(20)

    for key, name in (("cpas", "network-requests"), ("ml", "network-requests-answer")):
        context = AppContext(stores[key])
        for lang in ("fr", "nl"):
            i18n.install(lang)
            settings = QSettings(str(tmp / f"{key}-{lang}.ini"), QSettings.Format.IniFormat)
            window = MainWindow(context, settings)
            window.setGeometry(0, 0, 1366, 768)
            window.show()
            window.show_view("network")
            view = window.view("network")
            view.tabs.setCurrentWidget(view.requests_tab)
            settle(context)
            tab = view.requests_tab
            if key == "cpas":
                tab.ours_table.selectRow(0)
            else:
                tab.partners_table.selectRow(1)
                tab.answer_selected()
            settle(context)
            target = out / f"{name}-{lang}.png"
            if key == "cpas":
                window.grab().save(str(target))
            else:  # the answer over the window
                app.primaryScreen().grabWindow(0).save(str(target))
            print(target)
            if key != "cpas":
                tab.answer_dialog._settled = True
                tab.answer_dialog.reject()
                # Ma journée: the partners' requests, each with its answer button.
                window.show_view("home")
                settle(context, 60)
                target = out / f"home-requests-{lang}.png"
                window.grab().save(str(target))
                print(target)
            window.close()
            settle(context, 5)
        context.runner.wait()
    for store in stores.values():
        store.close()


def _remember_some(context) -> None:  # type: ignore[no-untyped-def]
    """Four employers opened by the current worker, for « Ma journée »'s recent employers."""
    from pacte_desktop.services import day, listings

    with context.store.reading() as conn:
        ids = listings.ids(conn, "employer", listings.Listing())[:4]
    for employer_id in reversed(ids):
        day.remember_employer(context.store, context.worker_id, employer_id)


def _home(app, context, tmp: Path, target: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """« Ma journée » as the window opens on it (where a first start puts it), every section
    read: the whole screen (``--only-home``; ``-150`` under ``QT_SCALE_FACTOR=1.5``)."""
    from PySide6.QtCore import QSettings

    from pacte_desktop.ui import i18n
    from pacte_desktop.ui.main_window import MainWindow

    i18n.install(lang)
    fresh = QSettings(str(tmp / f"home-{lang}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(context, fresh)
    window.show()
    home = window.current_view()
    deadline = dt.datetime.now() + dt.timedelta(seconds=10)
    while not getattr(home, "ready", True) and dt.datetime.now() < deadline:
        app.processEvents()
        context.runner.wait(20)
    for _ in range(30):
        app.processEvents()
        context.runner.wait(20)
    app.primaryScreen().grabWindow(0).save(str(target))
    print(target)
    window.close()


def _privacy(app, context, tmp: Path, out: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The review of candidates past their retention (``--privacy``), over the Candidates view,
    as of three years from today (the demo's consents are recent), two rows selected: the
    whole 1366×768 screen, ``candidates-expired-LANG.png``."""
    from PySide6.QtCore import QSettings

    from pacte_desktop.ui import i18n
    from pacte_desktop.ui.candidates_expired import ExpiredCandidatesDialog
    from pacte_desktop.ui.main_window import MainWindow

    settle = _settler(app, context)

    i18n.install(lang)
    window = MainWindow(
        context, QSettings(str(tmp / f"privacy-{lang}.ini"), QSettings.Format.IniFormat)
    )
    window.resize(1366, 768)
    window.show()
    window.show_view("candidates")
    settle()
    today = dt.date.today()
    dialog = ExpiredCandidatesDialog(
        context, window, today=today.replace(year=today.year + 3, day=min(today.day, 28))
    )
    dialog.show()
    settle()
    dialog.table.selectRow(0)
    from PySide6.QtCore import QItemSelectionModel

    index = dialog.model.index(1, 0)
    dialog.table.selectionModel().select(
        index,
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    settle()
    target = out / f"candidates-expired-{lang}.png"
    app.primaryScreen().grabWindow(0).save(str(target))
    print(target)
    dialog.close()
    window.close()


def _day(app, context, tmp: Path, out: Path, lang: str, suffix: str) -> None:  # type: ignore[no-untyped-def]
    """The caseworker's day as the screen shows it (``--day``): the employer page, the new
    employer's form as typed, the handover list with recipients chosen and the import preview
    naming an update — each the whole 1366×768 screen (``-150`` under ``QT_SCALE_FACTOR=1.5``)."""
    from PySide6.QtCore import QSettings, QSize, Qt
    from PySide6.QtWidgets import QLineEdit

    from pacte_desktop.services.imports.employers import import_employers
    from pacte_desktop.ui import i18n
    from pacte_desktop.ui.employer_record import open_employer
    from pacte_desktop.ui.handover import HandoverDialog
    from pacte_desktop.ui.import_dialogs import ImportPreviewDialog
    from pacte_desktop.ui.main_window import MainWindow

    settle = _settler(app, context)
    shoot = _shooter(app, settle, out, lang, suffix)

    i18n.install(lang)
    window = MainWindow(
        context, QSettings(str(tmp / f"day-{lang}.ini"), QSettings.Format.IniFormat)
    )
    window.show()
    window.show_view("employers")
    directory = window.view("employers")
    deadline = dt.datetime.now() + dt.timedelta(seconds=10)
    while directory.model.loading and dt.datetime.now() < deadline:
        settle(1)
    found: list = []
    open_employer(context, directory.model.id_at(0), window, on_open=found.append)
    while not found:
        settle(1)
    shoot("employer-page")
    found[0].close()

    directory.new_record()
    settle()
    form = app.activeModalWidget() or app.activeWindow()
    for name, text in (("name", "Snack du Parvis"), ("phone", "025361234"), ("postcode", "1060")):
        field = form.findChild(QLineEdit, f"field_{name}") if form is not None else None
        if field is not None:
            field.setFocus()
            field.setText(text)
            field.editingFinished.emit()
            settle(5)
    shoot("employer-form")
    if form is not None:
        form.setProperty("confirm_discard", False)
        form.hide()

    room = app.primaryScreen().availableGeometry().size() - QSize(40, 60)
    handover = HandoverDialog(context, window)
    handover.resize(QSize(1000, 640).boundedTo(room))
    handover.show()
    while handover.leaving_combo.count() < 2:
        settle(1)
    handover.leaving_combo.setCurrentIndex(1)
    while handover.loading:
        settle(1)
    settle()
    for n in range(min(2, handover.recipients_list.count())):
        handover.recipients_list.item(n).setCheckState(Qt.CheckState.Checked)
    settle()
    shoot("handover")
    handover.hide()

    sample = tmp / f"parvis-{lang}.csv"
    bce = "0403.019.261"
    from pacte_desktop.domain.entities import Employer
    from pacte_desktop.services import records
    from pacte_desktop.store.unit_of_work import UnitOfWork

    with UnitOfWork(context.store, context.worker_id) as uow:
        known = [e for e in uow.repo.list(Employer) if e.bce_number == "0403019261"]
        if not known:
            records.create(
                uow,
                Employer,
                {
                    "name": "Boulangerie Test Parvis",
                    "bce_number": bce,
                    "postcode": "1060",
                    "commune": "Saint-Gilles",
                },
            )
        uow.commit()
    sample.write_text(
        f"Nom;N° BCE;Code postal;Téléphone\nSnack du Parvis;{bce};1060;02 536 12 34\n",
        encoding="utf-8",
    )
    report = import_employers(context.store, sample, dry_run=True)
    preview = ImportPreviewDialog(report, sample.name, window)
    preview.resize(QSize(900, 560).boundedTo(room))
    preview.show()
    shoot("import-update-preview")
    preview.hide()
    window.close()


def _publics(app, context, tmp: Path, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The Publics tab and the preview of our profile (``--publics``), the demo store being the
    CPAS, with two partners made here that publish their profiles through a network folder."""
    from PySide6.QtCore import QSettings

    from pacte_desktop.demo.fill import fill_demo
    from pacte_desktop.services import workers
    from pacte_desktop.store.database import Store
    from pacte_desktop.sync import crypto, engine
    from pacte_desktop.ui import i18n
    from pacte_desktop.ui.main_window import MainWindow
    from pacte_desktop.ui.what_we_share import WhatWeShareDialog

    secret = "Parvis-Horta-tram81-cerisier"
    kdf = crypto.Kdf.argon2id(t=1, m=64, p=1)  # a screenshot's throwaway keys
    folder = tmp / "network"
    folder.mkdir()
    where = engine.Location("folder", str(folder))
    stores = [context.store]
    for name, org_type, employers, seed in (
        ("Mission locale de Saint-Gilles", "mission-locale", 160, 7),
        ("ALE de Saint-Gilles", "ale", 60, 11),
    ):
        partner = Store.open(tmp / org_type, daily_backup=False)
        with UnitOfWork(partner, worker_id="") as uow:
            workers.init_organisation(uow, name=name, org_type=org_type, worker="Ana Lopes")
            uow.commit()
        with UnitOfWork(partner) as uow:
            fill_demo(uow, employers=employers, seed=seed, today=dt.date.today())
            uow.commit()
        stores.append(partner)
    for n, member in enumerate(stores):
        root = tmp / f"org-{n}"
        root.mkdir()
        engine.setup_org(member, engine.Location("folder", str(root)), secret=secret, kdf=kdf)
        engine.setup_network(
            member, where, coordinator=n == 0, secret=secret, org_secret=secret, kdf=kdf
        )
        if n:
            engine.admit_member(stores[0], str(member.local("organisation_id")))
    for _ in range(2):
        for member in stores:
            engine.sync_pass(member, scopes=("network",), passphrases=lambda _scope: secret)

    settle = _settler(app, context)

    for lang in ("fr", "nl"):
        i18n.install(lang)
        window = MainWindow(
            context, QSettings(str(tmp / f"publics-{lang}.ini"), QSettings.Format.IniFormat)
        )
        window.resize(1366, 768)
        window.show()
        window.show_view("network")
        view = window.view("network")
        view.tabs.setCurrentWidget(view.publics)
        tab = view.publics
        deadline = dt.datetime.now() + dt.timedelta(seconds=10)
        while (tab.loading or not tab.profiles) and dt.datetime.now() < deadline:
            settle(1)
        for code in ("nl", "en"):
            tab.languages.boxes[code].setChecked(True)
        tab.level.setCurrentIndex(tab.level.findData("bachelor"))
        settle()
        target = out / f"network-publics-{lang}.png"
        window.grab().save(str(target))
        print(target)
        dialog = WhatWeShareDialog(context, window)
        dialog.resize(720, 720)
        dialog.show()
        while dialog.panel.own is None:
            settle(1)
        settle()
        target = out / f"what-we-share-profile-{lang}.png"
        dialog.grab().save(str(target))
        print(target)
        dialog.close()
        window.close()
    for member in stores[1:]:
        member.close()


def _first_start(app, context, tmp: Path, target: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The whole screen, the main window where a first start puts it, Undo offered."""
    from PySide6.QtCore import QSettings

    from pacte_desktop.ui import i18n
    from pacte_desktop.ui.main_window import MainWindow

    i18n.install(lang)
    fresh = QSettings(str(tmp / f"first-{lang}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(context, fresh)
    window.show()
    archived = {"fr": "Employeur archivé", "nl": "Werkgever gearchiveerd"}[lang]
    window.offer_undo(archived, lambda: None)
    for _ in range(60):
        app.processEvents()
        context.runner.wait(20)
    app.primaryScreen().grabWindow(0).save(str(target))
    print(target)
    window.close()


def _reports(app, context, window, tmp: Path, out: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The report and import dialogs, and the PDFs as pages (poppler's pdftoppm)."""
    from pacte_desktop.imports.columns import preview_columns
    from pacte_desktop.services.imports.employers import import_employers
    from pacte_desktop.services.reports import export_directory, report_placements
    from pacte_desktop.ui.directory_export import DirectoryExportDialog
    from pacte_desktop.ui.import_dialogs import ColumnMappingDialog, ImportPreviewDialog
    from pacte_desktop.ui.placements_report import PlacementsReportDialog

    def settle() -> None:
        for _ in range(20):
            app.processEvents()
            context.runner.wait(20)

    for name, dialog in (
        ("export-directory", DirectoryExportDialog(context, window)),
        ("placement-report-dialog", PlacementsReportDialog(window)),
    ):
        dialog.show()
        settle()
        dialog.grab().save(str(out / f"{name}-{lang}.png"))
        print(out / f"{name}-{lang}.png")
        dialog.close()

    sample = tmp / f"employeurs-{lang}.csv"
    sample.write_text(
        "Liste des employeurs\n\nNom;N° BCE;Code postal;Téléphone;E-mail\n"
        "Boulangerie du Parvis;0403.019.261;1060;02 536 12 34;info@parvis.example\n"
        "Crèche Les Marmots;0412.345.678;1060;;\n"
        "Garage Moderne;;1060;;pas-un-email\n"
        "Épicerie Méridienne;;106;;\n",
        encoding="utf-8",
    )
    report = import_employers(context.store, sample, dry_run=True)
    preview = ImportPreviewDialog(report, sample.name, window)
    preview.show()
    settle()
    preview.grab().save(str(out / f"import-preview-{lang}.png"))
    print(out / f"import-preview-{lang}.png")
    preview.close()

    other = tmp / f"export-logiciel-{lang}.csv"
    other.write_text(
        "Raison;Ident;Zone;Tél.;Divers\n"
        "Atelier Vélo;0403.019.261;1060;02 538 12 34;n/a\n"
        "Café Verhaegen;;1060;;terrasse\n",
        encoding="utf-8",
    )
    mapping = ColumnMappingDialog(preview_columns(other), other.name, window)
    for row, field in enumerate(("name", "bce_number", "postcode")):
        mapping.combos[row].setCurrentIndex(mapping.combos[row].findData(field))
    mapping.show()
    settle()
    mapping.grab().save(str(out / f"column-mapping-{lang}.png"))
    print(out / f"column-mapping-{lang}.png")
    mapping.close()

    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("take.py: no pdftoppm (apt-get install poppler-utils): PDF pages not taken")
        return
    today = dt.date.today()
    placement_pdf = tmp / f"placements-{lang}.pdf"
    report_placements(
        context.store, placement_pdf, start=today - dt.timedelta(days=730), end=today, lang=lang
    )
    directory_pdf = tmp / f"directory-{lang}.pdf"
    export_directory(context.store, directory_pdf, lang=lang)
    for pdf, stem, pages in (
        (placement_pdf, f"placement-report-{lang}", 2),
        (directory_pdf, f"directory-pdf-{lang}", 1),
    ):
        subprocess.run(
            [pdftoppm, "-png", "-r", "60", "-f", "1", "-l", str(pages), str(pdf), str(tmp / stem)],
            check=True,
        )
        for page in range(1, pages + 1):
            made = sorted(tmp.glob(f"{stem}-*{page}.png"))[0]
            target = out / (f"{stem}-{page}.png" if pages > 1 else f"{stem}.png")
            shutil.move(str(made), target)
            print(target)


# -- the partner network (``--network``) ------------------------------------------------------
# Two partners' employers: some the CPAS knows too (the same BCE number, or the same name under
# another legal form and word order), so the Network view groups them and the review pairs them.
PARTNER_EMPLOYERS = {
    "Mission locale de Saint-Gilles": (
        ("Brasserie de l'Union SRL", "0403019261", "1060", "Saint-Gilles", "56.301"),
        ("Hôtel Bristol", None, "1060", "Saint-Gilles", "55.100"),
        ("Atelier Vélo Cyclo ASBL", None, "1060", "Saint-Gilles", "95.290"),
        ("Nettoyage Horta SA", "0456789133", "1060", "Saint-Gilles", "81.210"),
    ),
    "Maison de l'emploi de Saint-Gilles": (
        ("Union (Brasserie de l')", "0403019261", "1060", "Saint-Gilles", "56.301"),
        ("Hotel Bristol SA", None, "1060", "Saint-Gilles", "55.100"),
        ("Crèche Les Petits Pas ASBL", None, "1060", "Saint-Gilles", "88.910"),
    ),
}
# The CPAS's own: one employer entered twice (a duplicate to merge), one the partners know.
OWN_EMPLOYERS = (
    ("Brasserie de l'Union", "0403019261", "1060", "Saint-Gilles", "56.301"),
    ("Boulangerie Dupont SPRL", None, "1060", "Saint-Gilles", "10.711"),
    ("Dupont Boulangerie", None, "1060", "Saint-Gilles", "10.711"),
    ("Hôtel Bristol", None, "1060", "Saint-Gilles", "55.100"),
    ("Atelier Vélo", None, "1060", "Saint-Gilles", "95.290"),
)
# What the CPAS's two bakery records say differently (the review offers a choice for each).
OWN_DETAILS = {
    "Boulangerie Dupont SPRL": {"phone": "025361234", "street": "Chaussée de Waterloo"},
    "Dupont Boulangerie": {
        "phone": "025369999",
        "email": "contact@boulangerie-dupont.be",
        "street": "Chaussée de Waterloo",
        "number": "112",
    },
}


def _network_scene(tmp: Path):  # type: ignore[no-untyped-def]
    """The CPAS (coordinating a network through a folder) and two admitted partners, each
    with its employers, after the passes that carry them: the CPAS's store, open."""
    from pacte_desktop.domain.entities import Employer, Interaction
    from pacte_desktop.services import records, workers
    from pacte_desktop.store.database import Store
    from pacte_desktop.sync import crypto, engine

    cheap = crypto.Kdf.argon2id(t=1, m=64, p=1)  # a picture, not a real network
    secret = "correct horse battery staple"
    folder = tmp / "network"
    folder.mkdir(parents=True)
    where = engine.Location("folder", str(folder))
    stores = []
    for n, (org, own) in enumerate(
        (("CPAS de Saint-Gilles", OWN_EMPLOYERS), *PARTNER_EMPLOYERS.items())
    ):
        store = Store.open(tmp / f"org{n}", daily_backup=False)
        with UnitOfWork(store, worker_id="") as uow:
            workers.init_organisation(uow, name=org, org_type="cpas", worker="Farida Aissa")
            uow.commit()
        with UnitOfWork(store) as uow:
            for days, (name, bce, postcode, commune, code) in enumerate(own, start=3 + 9 * n):
                values = {"name": name, "postcode": postcode, "commune": commune}
                values.update({"nace_code": code, "owner_id": uow.worker_id})
                if bce:
                    values["bce_number"] = bce
                values.update(OWN_DETAILS.get(name, {}) if n == 0 else {})
                employer = records.create(uow, Employer, values)
                met = {"employer_id": employer.id, "worker_id": uow.worker_id}
                met.update({"date": dt.date.today() - dt.timedelta(days=days)})
                met.update({"channel": "phone", "summary": "Point sur les recrutements"})
                records.create(uow, Interaction, met)
            uow.commit()
        root = tmp / f"org{n}-root"
        root.mkdir()
        engine.setup_org(store, engine.Location("folder", str(root)), secret=secret, kdf=cheap)
        engine.setup_network(
            store, where, coordinator=n == 0, secret=secret, org_secret=secret, kdf=cheap
        )
        stores.append(store)
    ours = stores[0]
    for partner in stores[1:]:
        engine.admit_member(ours, str(partner.local("organisation_id")))
    for store in (*stores, ours):
        engine.sync_pass(store, scopes=("network",))
    for partner in stores[1:]:
        partner.close()
    return ours


def _network(app, context, tmp: Path, out: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The Network view's tabs, the directory's « Également connu de » and the duplicates
    review (an own pair, then a partner's record) on the CPAS's workstation (``--network``)."""
    from PySide6.QtCore import QSettings, QSize

    from pacte_desktop.ui import i18n
    from pacte_desktop.ui.duplicates import open_duplicates
    from pacte_desktop.ui.main_window import MainWindow

    settle = _settler(app, context)
    shoot = _shooter(app, settle, out, lang)

    i18n.install(lang)
    window = MainWindow(
        context, QSettings(str(tmp / f"network-{lang}.ini"), QSettings.Format.IniFormat)
    )
    window.show()
    window.show_view("network")
    view = window.view("network")
    settle()
    view.show_tab("employers")
    shoot("network-employers")
    view.show_tab("members")
    shoot("network-members")
    window.show_view("employers")
    shoot("directory-partners")

    review = open_duplicates(context, window)
    review.resize(QSize(1200, 660).boundedTo(app.primaryScreen().availableGeometry().size()))
    while review.loading:
        settle(1)
    own = next(n for n, p in enumerate(review.pairs) if not p.partner)
    review.pair_table.selectRow(own)
    shoot("duplicates-review")
    theirs = next((n for n, p in enumerate(review.pairs) if p.partner), None)
    if theirs is not None:
        review.pair_table.selectRow(theirs)
        shoot("duplicates-partner")
    review.close()
    window.close()


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # PySide6 6.12 may abort while tearing Qt objects down at exit, after the work is done.
    os._exit(code)
