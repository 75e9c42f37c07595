"""`--format junit`: JUnit XML, which CI servers (GitLab, Jenkins, Azure) show as test results.

One test suite per file; one failing test case per finding (named `RULE line:col`); a file without
findings gets one passing case, and a file that could not be read one case with an error.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from checker.models import FileResult
from checker.report.escape import printable, xml_text


def _xml(text: str) -> str:
    """Article text and file names as XML takes them: controls escaped, forbidden characters dropped."""
    return xml_text(printable(text))


def render(results: Sequence[FileResult], stream: TextIO, *, color: bool = False, quiet: bool = False) -> None:
    from xml.etree import ElementTree as ET

    total_failures = sum(len(r.findings) for r in results)
    total_errors = sum(1 for r in results if r.error)
    suites = ET.Element("testsuites", name="factlint", tests=str(sum(max(1, len(r.findings)) for r in results)),
                        failures=str(total_failures), errors=str(total_errors))
    for result in results:
        suite = ET.SubElement(suites, "testsuite", name=_xml(result.path), tests=str(max(1, len(result.findings))),
                              failures=str(len(result.findings)), errors=str(int(bool(result.error))))
        if result.error:
            case = ET.SubElement(suite, "testcase", name="factlint", classname=_xml(result.path))
            ET.SubElement(case, "error", message=_xml(result.error))
            continue
        if not result.findings:
            ET.SubElement(suite, "testcase", name="factlint", classname=_xml(result.path))
        for located in result.findings:
            finding = located.finding
            case = ET.SubElement(suite, "testcase", name=_xml(f"{finding.rule} {located.line}:{located.column}"),
                                 classname=_xml(result.path))
            failure = ET.SubElement(case, "failure", message=_xml(finding.message), type=finding.severity.label)
            lines = [f"{result.path}:{located.line}:{located.column}: {finding.message}", located.sentence]
            if finding.fix is not None:
                lines.append(f"fix: {located.text} -> {finding.fix.replacement} ({finding.fix.applicability})")
            failure.text = _xml("\n".join(lines))
    ET.indent(suites)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(suites, encoding="unicode"))
    stream.write("\n")
