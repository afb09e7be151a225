"""Printed documents: the case dossier and the visit report (reportlab, DejaVu Sans).

Entry points: :func:`monitor_app.pdf.dossier.write_dossier` and
:func:`monitor_app.pdf.visit_report.write_visit_report`; redaction rules live in
:mod:`monitor_app.pdf.redaction`.
"""
