#!/usr/bin/env python3
"""Prints shinsa's man page (roff, section 1) from the help the binary itself describes.

usage: scripts/manpage.py BINARY > shinsa.1

The page is built from `BINARY --experimental-dump-help` (swift-argument-parser's JSON
description of every command, option and argument: the same text `shinsa --help` prints), so
it needs no build and takes well under a second. It is dated with SOURCE_DATE_EPOCH when set,
else the last commit's date, else the binary's modification time: the same binary and source
give the same page, byte for byte.
"""

import datetime
import json
import os
import subprocess
import sys


def escape(text):
    """Text safe in a roff line: backslashes, hyphens and a leading dot or quote escaped."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    lines = []
    for line in text.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def paragraphs(text):
    """Roff for a help text: a blank line starts a new paragraph, other line breaks stay."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        if not block.strip():
            continue
        if out:
            out.append(".PP")
        verbatim = False
        for line in block.split("\n"):
            # Indented lines (examples) keep their layout.
            if line.startswith(" ") != verbatim:
                verbatim = not verbatim
                out.append(".nf" if verbatim else ".fi")
            out.append(escape(line))
        if verbatim:
            out.append(".fi")
    return out


def name_text(name):
    return ("-" if name["kind"] in ("short", "longWithSingleDash") else "--") + name["name"]


def argument_label(argument):
    """`--dir <DIR>`, `-h, --help`, `<project>`: the argument as the help shows it."""
    if argument["kind"] == "positional":
        return "\\fI<%s>\\fR" % escape(argument["valueName"])
    names = ", ".join("\\fB%s\\fR" % escape(name_text(n)) for n in argument.get("names", []))
    if argument["kind"] == "option":
        names += " \\fI<%s>\\fR" % escape(argument["valueName"])
    return names + (" ..." if argument.get("isRepeating") else "")


def synopsis(path, command):
    parts = ["\\fB%s\\fR" % escape(" ".join(path))]
    for argument in command.get("arguments", []):
        if not argument.get("shouldDisplay", True) or argument.get("valueName") in (
            "help",
            "version",
        ):
            continue
        label = argument_label(argument)
        parts.append("[%s]" % label if argument.get("isOptional") else label)
    if command.get("subcommands"):
        parts.append("\\fIsubcommand\\fR")
    return " ".join(parts)


def arguments(command):
    out = []
    for argument in command.get("arguments", []):
        if not argument.get("shouldDisplay", True):
            continue
        out.append(".TP")
        out.append(argument_label(argument))
        text = argument.get("abstract", "")
        if argument.get("allValues") and not all(v in text for v in argument["allValues"]):
            text += " (values: %s)" % ", ".join(argument["allValues"])
        if argument.get("defaultValue") not in (None, ""):
            text += " (default: %s)" % argument["defaultValue"]
        out += paragraphs(text) if text.strip() else [""]
        if argument.get("discussion"):
            out += [".IP"] + paragraphs(argument["discussion"])
    return out


def subcommands(path, command, depth):
    out = []
    for sub in command.get("subcommands", []):
        if not sub.get("shouldDisplay", True) or sub["commandName"] == "help":
            continue
        sub_path = path + [sub["commandName"]]
        out.append('.SS "%s"' % escape(" ".join(sub_path[1:])))
        out.append(synopsis(sub_path, sub))
        out.append(".PP")
        if sub.get("abstract"):
            out += paragraphs(sub["abstract"])
        if sub.get("discussion"):
            out.append(".PP")
            out += paragraphs(sub["discussion"])
        out += arguments(sub)
        out += subcommands(sub_path, sub, depth + 1)
    return out


def page_date(binary):
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    try:
        date = subprocess.run(
            ["git", "-C", root, "log", "-1", "--format=%cs"],
            capture_output=True, text=True, check=True).stdout.strip()
        if date:
            return datetime.date.fromisoformat(date)
    except (OSError, subprocess.CalledProcessError, ValueError):
        pass
    mtime = os.stat(binary).st_mtime
    return datetime.datetime.fromtimestamp(int(mtime), datetime.timezone.utc).date()


def main():
    if len(sys.argv) != 2:
        print("usage: scripts/manpage.py BINARY > shinsa.1", file=sys.stderr)
        return 64
    binary = sys.argv[1]
    try:
        dump = subprocess.run(
            [binary, "--experimental-dump-help"], capture_output=True, text=True, check=True)
        version = subprocess.run(
            [binary, "--version"], capture_output=True, text=True, check=True).stdout.strip()
        command = json.loads(dump.stdout)["command"]
    except (OSError, subprocess.CalledProcessError) as error:
        print("manpage.py: cannot run %s: %s" % (binary, error), file=sys.stderr)
        return 66
    except (ValueError, KeyError) as error:
        print("manpage.py: %s printed no help description: %s" % (binary, error),
              file=sys.stderr)
        return 65
    name = command["commandName"]
    out = [
        '.TH "%s" "1" "%s" "%s" "User Commands"'
        % (name.upper(), page_date(binary).isoformat(), escape(version)),
        ".SH NAME",
        "%s \\- %s" % (escape(name), escape(command.get("abstract", ""))),
        ".SH SYNOPSIS",
        synopsis([name], command),
    ]
    if command.get("discussion"):
        out += [".SH DESCRIPTION"] + paragraphs(command["discussion"])
    if command.get("arguments"):
        out += [".SH OPTIONS"] + arguments(command)
    if command.get("subcommands"):
        out += [".SH COMMANDS"] + subcommands([name], command, 1)
    sys.stdout.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
