"""Deterministic demo data: realistic quarterly submissions for every organisation in the register,
loaded only through the normal intake path (:func:`monitor.intake.ingest.ingest`).

Everything follows from the definitions and one ``random.Random(config["demo.seed"])``, drawn
from in a fixed order (so the same seed gives byte-identical files):

- *Organisations* (:mod:`.profiles`) get a size (staff, from a hash of the code; the largest few
  fixed), a speed (ministeries, provincies and agencies fast, small gemeenten slow, plus noise)
  and a sloppiness (how often they miss a quarter or submit late), and a few writing habits
  (``n.v.t.``, ``1.234``, ``45%``).
- *Indicators* (:mod:`.roles`, :mod:`.levels`) get a target band (behaald, op koers, risico,
  achter; shuffled so that every band occurs) and from it a momentum ``mu``: the national level
  follows ``baseline + mu(q) * (planned(q) - baseline)``, where ``mu(q)`` drifts from 1 at the
  programme start to ``mu`` at the last generated quarter. So the trajectories start on plan and
  end at different fractions of their targets: the status at the last quarter is mostly the band
  (medians of optional measures and small whole numbers may land elsewhere). Indicators of an
  action with a milestone stay at their baseline until the milestone is reached.
- *Measures* (:mod:`.measures`, :mod:`.stages`, :mod:`.amounts`) are generated so that the
  indicators using them follow those levels. Per measure the organisations are ranked by speed
  (plus noise). Adoption (booleans, ordered choices, where the order of ``choices`` is the
  progression, and numeric conditions such as ``>= 80``) goes down that ranking as far as the
  level of the share or count requires; sums are spread over the participating organisations by
  size, cumulative flows are allocated per quarter, ratio numerators follow their denominators at
  the level's rate, means and medians scale a per-organisation factor, milestone dates lie near
  the planned date (one a few quarters late). Optional measures are filled in only when they
  apply (``n.v.t.`` or empty otherwise).
- *Submissions* (:mod:`.schedule`): 12.5 % of organisation-quarters are missing (more early on
  and for small gemeenten), some arrive after the deadline, a few are resubmitted later with one
  or two corrected values, and a few values are ten times too high (most corrected, some left in).

Each quarter gives up to three files (on time, late, corrections), each a real CSV in the
submission format (:mod:`.csvfile`), ingested as one bulk upload in order of receipt
(:mod:`.build`).
"""

from monitor.demo.build import DemoSummary, build_demo

__all__ = ["DemoSummary", "build_demo"]
