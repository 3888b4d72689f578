"""Inter-coder agreement: Krippendorff's alpha over what two or more coders annotated.

``reliability`` turns units (each coder's value for one thing coded) into the package's
reliability data and measures them; ``matching`` decides which annotations count, which
documents a coder finished and which annotations of different coders are the same
stretch; ``report`` puts both together for a project.
"""

from workbench.core.agreement.report import Disagreement, Measure, Report, agreement_report

__all__ = ["Disagreement", "Measure", "Report", "agreement_report"]
