"""The rules the engine applies to an indicator, in words (``monitor.compute.describe`` and
``monitor.compute.rules``): the Definities page shows one a row, the report annex joins them. The
texts of rules version 1 are kept as a version-1 snapshot's report said them."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # how the value follows from the measures ({m}: a measure's title)
    "describe.kind.sum": ("som van de gerapporteerde waarden van '{m}'", "sum of the reported values of '{m}'"),
    "describe.kind.mean": ("gemiddelde van de gerapporteerde waarden van '{m}'",
                           "mean of the reported values of '{m}'"),
    "describe.kind.median": ("mediaan van de gerapporteerde waarden van '{m}'",
                             "median of the reported values of '{m}'"),
    "describe.kind.share": ("percentage organisaties waarvoor '{m}' {c}",
                            "percentage of organisations for which '{m}' {c}"),
    "describe.kind.ratio": ("{f} × som van '{m}' / som van '{d}'", "{f} × sum of '{m}' / sum of '{d}'"),
    "describe.kind.count": ("aantal organisaties dat '{m}' rapporteerde{c2}",
                            "number of organisations that reported '{m}'{c2}"),
    "describe.kind.cumulative": ("cumulatieve som van '{m}' vanaf de start van het programma",
                                 "cumulative sum of '{m}' since the start of the programme"),
    "describe.kind.latest": ("{agg} van de laatst gerapporteerde waarde van '{m}' per organisatie",
                             "{agg} of each organisation's latest reported value of '{m}'"),
    "describe.kind.milestone": ("mijlpaal: datum '{m}' gerapporteerd (gepland {p})",
                                "milestone: date '{m}' reported (planned {p})"),
    "describe.share_yes": ("ja is", "is yes"),
    "describe.agg.sum": ("som", "sum"),
    "describe.agg.mean": ("gemiddelde", "mean"),
    "describe.agg.median": ("mediaan", "median"),
    "describe.agg.max": ("maximum", "maximum"),
    "describe.agg.min": ("minimum", "minimum"),
    # which figures the baseline and targets apply to
    "describe.figures.national": ("het landelijke cijfer", "the national figure"),
    "describe.figures.groups": ("de cijfers per {g}", "the figures per {g}"),
    "describe.figures.type": ("organisatietype", "organisation type"),
    "describe.figures.organisation": ("organisatie", "organisation"),
    "describe.min_n": ("Rust een cijfer op minder dan {k}, dan is de status onvoldoende gegevens; de waarde "
                       "blijft zichtbaar.",
                       "A figure that rests on fewer than {k} has status insufficient data; the value is still "
                       "shown."),
    "describe.judged": ("Nulmeting en doelen gelden voor {which}.", "The baseline and targets apply to {which}."),
    "describe.judged_none": ("Nulmeting en doelen gelden voor geen van de cijfers.",
                             "The baseline and targets apply to none of the figures."),
    "describe.unjudged": (" {Which} tonen hun waarde zonder nulmeting, doel, voortgang, prognose of status.",
                          " {Which} show their value without baseline, target, progress, forecast or status."),
    "describe.unjudged_one": (" {Which} toont zijn waarde zonder nulmeting, doel, voortgang, prognose of status.",
                              " {Which} shows its value without baseline, target, progress, forecast or status."),
    "describe.extensive": (" {Which} krijgen voortgang en prognose maar geen status: een groep krijgt alleen "
                           "een status bij een aandeel, gemiddelde, mediaan, verhouding of mijlpaal.",
                           " {Which} get progress and a forecast but no status: a group gets a status only "
                           "for a share, mean, median, ratio or milestone."),
    "describe.measured": ("De nulmeting is de landelijke waarde die de monitor in {q} berekent, als die bruikbaar "
                          "is: een waarde bij een dekking van ten minste {cov}{k}. Zonder bruikbare waarde is er "
                          "geen nulmeting, en dus geen traject, voortgang of status. ",
                          "The baseline is the national value the monitor computes for {q}, when it is usable: a "
                          "value with coverage of at least {cov}{k}. Without a usable value there is no baseline, "
                          "and so no trajectory, progress or status. "),
    "describe.measured_n": (" en ten minste {k}", " and at least {k}"),
    "describe.baseline": ("Vóór het kwartaal van de nulmeting ({q}) is er geen status, voortgang of prognose.",
                          "Before the baseline quarter ({q}) there is no status, progress or forecast."),
    "describe.status": ("Zonder waarde of bij een dekking onder {cov} is de status onvoldoende gegevens. Anders "
                        "deelt de monitor de voortgang sinds de nulmeting door de geplande voortgang volgens het "
                        "traject: op koers bij ten minste {on} daarvan, risico bij ten minste {risk}, daaronder "
                        "achter.",
                        "Without a value or with coverage below {cov} the status is insufficient data. "
                        "Otherwise the monitor divides the progress since the baseline by the planned progress "
                        "along the trajectory: on track at {on} of it or more, at risk at {risk} or more, "
                        "behind below that."),
    "describe.milestone": ("Behaald zodra een behaalde datum is gerapporteerd, en dat blijft zo; ligt die datum "
                           "na de geplande datum ({p}), dan staat erbij hoeveel dagen te laat. Nog niet behaald: "
                           "op koers vóór het kwartaal van de geplande datum, vanaf dat kwartaal achter, en "
                           "onvoldoende gegevens bij een dekking onder {cov}.",
                           "Achieved once an achieved date has been reported, and it stays so; when that date "
                           "is after the planned date ({p}), the number of days late is given. Not yet "
                           "achieved: on track before the quarter of the planned date, behind from that "
                           "quarter, and insufficient data with coverage below {cov}."),
    "describe.achieved": ("Behaald zodra de waarde {cmp} het einddoel is ({t} in {q}).",
                          "Achieved as soon as the value is {cmp} the final target ({t} for {q})."),
    "describe.held": ("Behaald als de waarde {k} op rij {cmp} het einddoel is ({t} in {q}); korter telt als "
                      "voortgang.",
                      "Achieved when the value has been {cmp} the final target ({t} for {q}) for {k} in a "
                      "row; a shorter run is graded as progress."),
    "describe.flow_held": (" Een waarde per kwartaal kan het volgende kwartaal weer terugvallen.",
                           " A per-quarter value can fall back the next quarter."),
    "describe.up": ("ten minste", "at least"),
    "describe.down": ("ten hoogste", "at most"),
    "describe.line": ("de rechte lijn (kleinste kwadraten) door de laatste {w} met een waarde, doorgetrokken "
                      "tot het kwartaal van het einddoel",
                      "the straight line (least squares) through the last {w} with a value, extended to the "
                      "quarter of the final target"),
    "describe.forecast": ("De prognose is {line} ({q}); alleen met ten minste {n} met een waarde en vóór dat "
                          "kwartaal.",
                          "The forecast is {line} ({q}); only with at least {n} with a value and before that "
                          "quarter."),
    "describe.between": (" Een prognose buiten {lo} tot en met {hi} wordt op de dichtstbijzijnde grens gezet.",
                         " A forecast outside {lo} to {hi} is set to the nearest bound."),
    "describe.floor": (" Een prognose onder {lo} wordt {lo}.", " A forecast below {lo} is set to {lo}."),
    "describe.ceiling": (" Een prognose boven {hi} wordt {hi}.", " A forecast above {hi} is set to {hi}."),
    "describe.expected": ("het aantal verwachte organisaties", "the number of organisations expected"),
    "describe.no_milestone": ("Voor een mijlpaal wordt geen prognose gemaakt.",
                              "No forecast is made for a milestone."),
    "describe.no_flow": ("Voor een waarde per kwartaal (een stroom) wordt geen prognose gemaakt: een trend zegt "
                         "daar niets.",
                         "No forecast is made for a per-quarter value (a flow): a trend says nothing there."),
    "describe.no_declared": ("Voor deze indicator wordt geen prognose gemaakt (zo vastgelegd in de definitie).",
                             "No forecast is made for this indicator (declared in its definition)."),
    "describe.note": ("De prognose is {line}, als er ten minste {n} zijn (een indicator kan een ander minimum "
                      "vastleggen). Niet voor mijlpalen en niet voor waarden per kwartaal (tenzij de definitie "
                      "dat vastlegt), en begrensd op wat de indicator kan aannemen (een aandeel 0 tot en met "
                      "100%). De bijlage geeft de regels per indicator.",
                      "The forecast is {line}, when there are at least {n} (an indicator may declare another "
                      "minimum). None for milestones nor for per-quarter values (unless the definition "
                      "declares it), and bounded to what the indicator can be (a share 0 to 100%). The annex "
                      "gives the rules per indicator."),
    "describe.values.one": ("1 waarde", "1 value"),
    "describe.values.other": ("{count} waarden", "{count} values"),
    "describe.quarters.one": ("1 kwartaal", "1 quarter"),
    "describe.quarters.other": ("{count} kwartalen", "{count} quarters"),
    # what happens to organisations without a value this quarter (monitor.compute.rules)
    "describe.missing.cumulative": ("alle tot en met het kwartaal gerapporteerde waarden tellen",
                                    "all values reported up to the quarter count"),
    "describe.missing.milestone": ("een eenmaal gerapporteerde datum blijft tellen",
                                   "an achieved date once reported keeps counting"),
    "describe.missing.no_carry": ("een waarde telt alleen in het kwartaal waarvoor hij is gerapporteerd",
                                  "a value counts only in the quarter it was reported for"),
    "describe.missing.carry": ("zonder nieuwe gegevens telt {what} nog ten hoogste {quarters}; een latere "
                               "n.v.t. stopt dat",
                               "an organisation without a new report keeps {what} for at most {quarters}; "
                               "a later n.v.t. stops it"),
    "describe.missing.carry_pair": ("het laatst gerapporteerde paar teller en noemer (uit één kwartaal)",
                                    "the last reported pair of numerator and denominator (from one quarter)"),
    "describe.missing.carry_value": ("de laatst gerapporteerde waarde", "its last reported value"),
    "describe.missing.zero": ("organisaties zonder waarde tellen als 0 / nee, in groepen waarin ten minste "
                              "één organisatie een waarde heeft; de eigen rij van de organisatie blijft dan leeg",
                              "organisations without a value count as 0 / no, in groups where at least one "
                              "organisation has a value; an organisation's own row then stays empty"),
    "describe.missing.exclude": ("organisaties zonder waarde tellen niet mee",
                                 "organisations without a value are left out"),
    # rules version 1 (before issue 15): the missing-value rule as a version-1 report said it
    "describe.v1_missing.exclude": ("organisaties zonder gegevens tellen niet mee",
                                    "organisations without data are left out"),
    "describe.v1_missing.zero": ("organisaties zonder gegevens tellen als 0 / nee",
                                 "organisations without data count as 0 / no"),
    "describe.v1_missing.carry_forward": ("zonder nieuwe gegevens telt de laatst gerapporteerde waarde",
                                          "without new data the last reported value counts"),
}
