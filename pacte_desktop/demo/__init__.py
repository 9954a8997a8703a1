"""Demo data: a clearly fictitious but realistic Saint-Gilles network, fast enough for 100,000 rows.

:func:`pacte_desktop.demo.fill.fill_demo` fills an open unit of work with an organisation (when
the store has none), its workers, the partner organisations of the pact, and employers with their
contact persons, interactions, follow-ups, opportunities, candidates and placements. Every name is
invented, every e-mail address and website is on the reserved ``.example`` top-level domain, and
the partner organisations carry "(démo)" in their names, so nobody can mistake the data for a
real directory. Street names, postcodes, NACE-BEL codes, BCE check digits and phone number ranges
are real, so the data exercises the same validation, search and reports as real data would.

The package is split by responsibility, each module importing only the ones before it:

- :mod:`.pools`: the fixed pools the data is drawn from (organisations, workers, streets,
  names, phone ranges, texts, weights, durations, languages);
- :mod:`.sectors`: the kinds of employer (names, NACE codes, jobs and skills, roles);
- :mod:`.builder`: the row generators, in stored form and insert order;
- :mod:`.fill`: the use case: ``fill_demo`` (the organisation, its workers and partners, then
  the generated rows in steps, letting a waiting writer through) and ``employer_rows``.

Rows are built in stored form (see :func:`pacte_desktop.store.schema.stored_defaults`) and
written with :meth:`UnitOfWork.bulk_insert`, which journals them. Nothing here parses a phone
number or validates a row one by one: values come from pools that the tests check against the
domain's parsers, so at 100,000 employers most of the time goes to SQLite (indexes, journal, and
the full-text search triggers), not to Python. Nothing here imports the user interface.
"""
