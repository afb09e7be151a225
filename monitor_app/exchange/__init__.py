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

__all__ = ["REFUSAL_CODES", "file_of_source", "source_of"]

# The stable codes of the common refusals (``container.BundleRefused.code``,
# ``merge.MergeRefused.code``): the window says these in the user's language; the reason
# itself stays one English line (what the command line prints).
OTHER_RECIPIENT = "other_recipient"          # the file is for another recipient
UNKNOWN_SENDER = "unknown_sender"            # its sender is not a contact here
DAMAGED_CODE = "damaged"                     # changed or damaged, a signature that fails
TRUNCATED = "truncated"                      # it ends before its signature
TRAILING_DATA = "trailing_data"              # data follows its end
NEWER_VERSION = "newer_version"              # made by a newer version of Monitor
NO_IDENTITY = "no_identity"                  # this store has no identity to open it with
EARLIER_FILE_NEEDED = "earlier_file_needed"  # the sender's earlier files are needed first
REFUSAL_CODES = (OTHER_RECIPIENT, UNKNOWN_SENDER, DAMAGED_CODE, TRUNCATED, TRAILING_DATA,
                 NEWER_VERSION, NO_IDENTITY, EARLIER_FILE_NEEDED)

_FILE, _FROM = "bundle ", " from "


def source_of(bundle_id: str, sender: str) -> str:
    """What a merged change's ``history.source`` says: the file and its sender."""
    return f"{_FILE}{bundle_id}{_FROM}{sender}"[:200]


def file_of_source(source: str) -> tuple[str, str] | None:
    """(bundle id, sender) of a change that arrived in an exchange file, else None."""
    if not source.startswith(_FILE) or _FROM not in source:
        return None
    bundle, _, sender = source[len(_FILE):].partition(_FROM)
    return bundle, sender
