"""Exchange: encrypted, signed files between stores, and a merge that loses nothing.

Modules (one home each):

- ``keys``        this store's identity (Ed25519 signing key, X25519 encryption key
                  certified by it), public identity files, fingerprints, contacts.
- ``container``   the file: recipient slots, secretstream chunks, the signed final
                  message; ``write_bundle`` / ``read_bundle``; ``BundleRefused``.
- ``payload``     what travels inside: history changes (the interchange's history rows,
                  one schema, one validator) and evidence bytes, streamed.
- ``merge``       applying a payload: per-field three-way merge over the changes'
                  parents, set merges of many-valued fields, conflicts, the ledger.
- ``duplicates``  likely duplicates (people, places) across spellings and scripts;
                  accepting merges two records and travels as a change.
- ``signing``     detached signatures of dossiers and their verification.

``monitor_app.exchange`` never imports Qt; ``ui/exchange_view.py`` is the window side.
"""
