"""An example at the foot of every command's --help.

The examples run on the demo project (``workbench demo notes.wbproj``) and the files a
reader has at hand (report.html, statement.txt, a passphrase in key.txt); a word in
capitals (ANNOTATION_ID, INCIDENT_ID, ACTOR_ID) stands for an id a listing shows.
tests/cli/test_help_examples.py runs each of them, so they stay true.
"""

from __future__ import annotations

import argparse

# The program's own help: where to begin.
START = (
    "workbench demo notes.wbproj",
    "workbench docs notes.wbproj",
    "workbench gui notes.wbproj",
)

# Keyed by the command as typed after "workbench" ("incident create" for an action).
EXAMPLES: dict[str, tuple[str, ...]] = {
    "new": ("workbench new field-notes.wbproj",
            "workbench new secret.wbproj --encrypt --passphrase-file key.txt"),
    "import": ("workbench import notes.wbproj report.html statement.txt --published 2026-03-04",
               "workbench import notes.wbproj sources --recursive --suggest"),
    "reimport": ("workbench reimport notes.wbproj 9 statement-v2.txt",),
    "annotate": ('workbench annotate notes.wbproj 1 --kind casualty '
                 '--quote "killing at least 12 people" --field count_best=14',),
    "edit": ('workbench edit notes.wbproj ANNOTATION_ID --status accepted '
             '--memo "checked against the hospital list"',),
    "trash": ("workbench trash notes.wbproj ANNOTATION_ID",
              "workbench trash notes.wbproj --list",
              "workbench trash notes.wbproj --list --kind casualty --sort words"),
    "restore": ("workbench restore notes.wbproj ANNOTATION_ID",
                "workbench restore notes.wbproj ANNOTATION_ID INCIDENT_ID 2"),
    "link": ("workbench link notes.wbproj ANNOTATION_ID corroborates OTHER_ANNOTATION_ID",),
    "grade": ("workbench grade notes.wbproj 1 --reliability B --credibility 2",),
    "docs": ("workbench docs notes.wbproj",),
    "show": ("workbench show notes.wbproj 1",),
    "annotations": ("workbench annotations notes.wbproj --doc 1 --kind casualty",
                    'workbench annotations notes.wbproj --status suggested --text "killed"'),
    "search": ('workbench search notes.wbproj "Qarsel market"',),
    "incidents": ("workbench incidents notes.wbproj --status confirmed",),
    "incident": ('workbench incident notes.wbproj create --title "Qarsel market blast" '
                 "--member ANNOTATION_ID",
                 "workbench incident notes.wbproj suggest"),
    "incident create": ('workbench incident notes.wbproj create --title "Qarsel market blast" '
                        "--start 2026-03-01 --place Qarsel --member ANNOTATION_ID",),
    "incident add": ("workbench incident notes.wbproj add INCIDENT_ID ANNOTATION_ID",),
    "incident remove": ("workbench incident notes.wbproj remove INCIDENT_ID ANNOTATION_ID",),
    "incident move": ("workbench incident notes.wbproj move INCIDENT_ID OTHER_INCIDENT_ID "
                      "ANNOTATION_ID",),
    "incident merge": ("workbench incident notes.wbproj merge INCIDENT_ID OTHER_INCIDENT_ID",),
    "incident set-best": ("workbench incident notes.wbproj set-best INCIDENT_ID --outcome killed "
                          '--value 14 --memo "the hospital named 14 dead"',),
    "incident edit": ("workbench incident notes.wbproj edit INCIDENT_ID --field status=confirmed "
                      '--field "place_name=Qarsel market"',),
    "incident include": ("workbench incident notes.wbproj include INCIDENT_ID 4",),
    "incident trash": ("workbench incident notes.wbproj trash INCIDENT_ID",),
    "incident restore": ("workbench incident notes.wbproj restore INCIDENT_ID",),
    "incident accept": ("workbench incident notes.wbproj accept INCIDENT_ID",),
    "incident reject": ("workbench incident notes.wbproj reject INCIDENT_ID",),
    "incident types": ("workbench incident notes.wbproj types",
                       'workbench incident notes.wbproj types --add checkpoint_shooting '
                       '--label "Checkpoint shooting"'),
    "incident suggest": ("workbench incident notes.wbproj suggest",),
    "tally": ("workbench tally notes.wbproj",
              "workbench tally notes.wbproj --incident INCIDENT_ID --status accepted"),
    "export": ("workbench export notes.wbproj --format csv -o notes.csv",
               "workbench export notes.wbproj --format csv --bom -o notes-for-excel.csv",
               "workbench export notes.wbproj --format acled --incident-status confirmed "
               "-o incidents.csv"),
    "report": ("workbench report notes.wbproj -o report.pdf",
               "workbench report notes.wbproj --incident INCIDENT_ID -o qarsel.html"),
    "import-qdpx": ("workbench export notes.wbproj --format qdpx -o notes.qdpx",
                    "workbench new copy.wbproj",
                    "workbench import-qdpx copy.wbproj notes.qdpx"),
    "agreement": ("workbench agreement team.wbproj",
                  "workbench agreement team.wbproj --coders amal,ben --kind casualty"),
    "merge": ("workbench new team.wbproj",
              "workbench merge team.wbproj amal.wbproj ben.wbproj --dry-run",
              "workbench merge team.wbproj amal.wbproj ben.wbproj"),
    "datasette-metadata": ("workbench datasette-metadata notes.wbproj -o metadata.json",),
    "verify": ("workbench verify notes.wbproj",),
    "reindex": ("workbench reindex notes.wbproj",),
    # One line per action word, so that each action's help has its example.
    "codebook": ("workbench codebook notes.wbproj",
                 "workbench codebook notes.wbproj add-kind --name protest --label Protest "
                 "--key P",
                 "workbench codebook notes.wbproj add-field --kind protest --name crowd_size "
                 '--type int --label "Crowd size"',
                 "workbench codebook notes.wbproj set-role --kind protest --role count_low "
                 "--field crowd_size",
                 "workbench codebook notes.wbproj set-key --kind protest --key Q",
                 'workbench codebook notes.wbproj set-label --kind protest --label "Street '
                 'protest"',
                 "workbench codebook notes.wbproj add-choice --kind claim --field status "
                 "--choice disputed",
                 "workbench codebook notes.wbproj rename-choice --kind claim --field status "
                 "--choice disputed --to doubted",
                 "workbench codebook notes.wbproj remove-choice --kind claim --field status "
                 "--choice doubted",
                 "workbench codebook notes.wbproj retire --kind casualty --field reported_by",
                 "workbench codebook notes.wbproj restore --kind casualty --field "
                 "reported_by"),
    "actors": ("workbench actors notes.wbproj",
               'workbench actors notes.wbproj match --name "Red Valley Brigade"',
               'workbench actors notes.wbproj add --name "Ushkar Police" --alias "the police" '
               "--type state_force",
               'workbench actors notes.wbproj alias --id ACTOR_ID --alias "Ushkar police force"',
               "workbench actors notes.wbproj edit --id ACTOR_ID --type armed_group",
               "workbench actors notes.wbproj trash --id OTHER_ACTOR_ID",
               "workbench actors notes.wbproj list --trashed",
               "workbench actors notes.wbproj restore --id OTHER_ACTOR_ID",
               "workbench actors notes.wbproj merge --id OTHER_ACTOR_ID --into ACTOR_ID"),
    "log": ("workbench log notes.wbproj --limit 20",
            "workbench log notes.wbproj --export log.jsonl"),
    "verify-log": ("workbench verify-log log.jsonl --project notes.wbproj",),
    "encrypt": ("workbench encrypt notes.wbproj --passphrase-file key.txt",),
    "decrypt": ("workbench decrypt notes.wbproj --passphrase-file key.txt",),
    "change-passphrase": ("workbench change-passphrase notes.wbproj --passphrase-file key.txt "
                          "--new-passphrase-file new-key.txt",),
    "backup": ("workbench backup notes.wbproj",
               "workbench backup notes.wbproj notes-copy.wbproj"),
    "backups": ("workbench backups notes.wbproj",),
    "restore-backup": ("workbench restore-backup notes.wbproj 1",),
    "gui": ("workbench gui notes.wbproj",),
    "extract": ("workbench extract statement.txt --published 2026-03-04",),
    "suggest": ("workbench suggest notes.wbproj",
                "workbench suggest notes.wbproj 1 2"),
    "eval": ("workbench eval gold.jsonl",),
    "demo": ("workbench demo notes.wbproj",),
    "screenshot": ("workbench screenshot window.png --project notes.wbproj --size 1280x720 "
                   "--theme dark",),
}


class _Formatter(argparse.HelpFormatter):
    """Wraps the description as usual but keeps the example lines as typed: a command
    line broken in the middle could not be pasted into a shell."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.startswith("Example"):
            return text
        return super()._fill_text(text, width, indent)


def epilog(lines: tuple[str, ...]) -> str:
    head = "Example:" if len(lines) == 1 else "Examples:"
    return "\n".join([head, *(f"  {line}" for line in lines)])


def attach_action(parser: argparse.ArgumentParser, command: str, action: str,
                  default: str) -> None:
    """Give an action word's help (``workbench actors alias --help``) the examples of
    its command that use it: those naming it after the project, and for the default
    action those naming none."""
    mine = []
    for line in EXAMPLES.get(command, ()):
        words = line.split()
        after = words[3] if len(words) > 3 and not words[3].startswith("-") else default
        if after == action:
            mine.append(line)
    if mine:
        parser.epilog = epilog(tuple(mine))
        parser.formatter_class = _Formatter


def attach(parser: argparse.ArgumentParser, name: str = "") -> None:
    """Give ``parser`` and each command under it its examples (``name``: the command)."""
    lines = EXAMPLES.get(name) if name else START
    if lines:
        parser.epilog = epilog(lines)
        if not name:
            parser.epilog = parser.epilog.replace(
                "Examples:", "Examples (each command's --help ends with examples that run "
                "on this demo project):", 1)
        parser.formatter_class = _Formatter
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub, child in action.choices.items():
                attach(child, f"{name} {sub}".strip())
