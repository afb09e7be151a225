<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaseHeader</name>
    <message numerus="yes">
        <location filename="../../ui/case_view.py" line="+522"/>
        <source>%n day(s) since the first complaint</source>
        <translation>
            <numerusform>%n day since the first complaint</numerusform>
            <numerusform>%n days since the first complaint</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message numerus="yes">
        <location line="-184"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n late answer(s)</source>
        <translation>
            <numerusform>%n late answer</numerusform>
            <numerusform>%n late answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue now</source>
        <translation>
            <numerusform>%n overdue now</numerusform>
            <numerusform>%n overdue now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisputedBanner</name>
    <message numerus="yes">
        <location filename="../../ui/exchange_view.py" line="+884"/>
        <source>Disputed: %n field(s) of this record were changed differently in another store. It shows one value until someone chooses in Exchange, Conflicts.</source>
        <translation>
            <numerusform>Disputed: %n field of this record was changed differently in another store. It shows one value until someone chooses in Exchange, Conflicts.</numerusform>
            <numerusform>Disputed: %n fields of this record were changed differently in another store. It shows one value until someone chooses in Exchange, Conflicts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message numerus="yes">
        <location filename="../../ui/evidence_panel.py" line="+194"/>
        <location line="+23"/>
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Adding %n file…</numerusform>
            <numerusform>Adding %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message numerus="yes">
        <location filename="../../ui/exchange_files.py" line="+415"/>
        <source>%n file(s) merged. Conflicts and likely duplicates wait in Exchange for your choice.</source>
        <translation>
            <numerusform>%n file merged. Conflicts and likely duplicates wait in Exchange for your choice.</numerusform>
            <numerusform>%n files merged. Conflicts and likely duplicates wait in Exchange for your choice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Cancelled: %n file(s) were merged before, the others were not.</source>
        <translation>
            <numerusform>Cancelled: %n file was merged before, the others were not.</numerusform>
            <numerusform>Cancelled: %n files were merged before, the others were not.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormProposals</name>
    <message numerus="yes">
        <location filename="../../ui/form_proposals.py" line="+141"/>
        <source>The %n record(s) that belong to it go with it.</source>
        <translation>
            <numerusform>The %n record that belongs to it goes with it.</numerusform>
            <numerusform>The %n records that belong to it go with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="+540"/>
        <source>%n complaint step(s) waiting for an answer</source>
        <translation>
            <numerusform>%n complaint step waiting for an answer</numerusform>
            <numerusform>%n complaint steps waiting for an answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Proceedings</name>
    <message numerus="yes">
        <location filename="../../ui/editors/proceedings.py" line="+135"/>
        <source>%n defendant(s)</source>
        <translation>
            <numerusform>%n defendant</numerusform>
            <numerusform>%n defendants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message numerus="yes">
        <location filename="../../ui/timeline_widget.py" line="+167"/>
        <source>No answer, %n day(s) overdue</source>
        <translation>
            <numerusform>No answer, %n day overdue</numerusform>
            <numerusform>No answer, %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Answered %n day(s) late</source>
        <translation>
            <numerusform>Answered %n day late</numerusform>
            <numerusform>Answered %n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <location filename="../../ui/trash.py" line="+292"/>
        <source>%n deleted record(s)</source>
        <translation>
            <numerusform>%n deleted record</numerusform>
            <numerusform>%n deleted records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n record(s) restored.</source>
        <translation>
            <numerusform>%n record restored.</numerusform>
            <numerusform>%n records restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>And %n more.</source>
        <translation>
            <numerusform>And %n more.</numerusform>
            <numerusform>And %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Erased for good: %n record(s), with their parts.</source>
        <translation>
            <numerusform>Erased for good: %n record, with its parts.</numerusform>
            <numerusform>Erased for good: %n records, with their parts.</numerusform>
        </translation>
    </message>
</context>
</TS>
