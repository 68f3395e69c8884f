package id.lapor.report;

record StatusCount(ReportStatus status, long count) {
}
