/**
 * report.html: the findings of {@code chokepoint detect} as one self-contained page a compliance analyst
 * or investigator reads (formats.md §2). {@link org.chokepoint.detect.report.ReportData} is everything
 * it shows; {@link org.chokepoint.detect.report.ReportWriter} lays the page out from small sections
 * (run header, top risks, flow charts, network picture, rules), each escaping all text through
 * {@code Html}. The page has no external resources (inline CSS and SVG, a few lines of inline script for
 * the filter) and is a pure function of the data, so it is pinned by a golden file.
 */
package org.chokepoint.detect.report;
