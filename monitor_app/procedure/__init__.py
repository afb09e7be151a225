"""The procedure model: which stages may follow which, which bodies act at each, and the
answer deadline the law gives per stage and body (stored in the store, with its source).

- :mod:`monitor_app.procedure.data`: the built-in rules and transitions, each with its
  legal source (what is not verified says so).
- :mod:`monitor_app.procedure.rules`: the rules as a store holds them (seeded at open,
  editable), and the one lookup (:func:`~monitor_app.procedure.rules.answer_days`).
- :mod:`monitor_app.procedure.transitions`: the warning (never a refusal) for a step out of
  the usual order or at a body that does not act at its stage.

This package's ``__init__`` imports nothing: ``monitor_app.vocabulary`` reads ``rules`` and
``transitions`` reads the vocabulary, so a shared import here would be a cycle.
"""
