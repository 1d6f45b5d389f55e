package dev.papergraph;

/** Wall-clock milliseconds spent in each pipeline stage of one run. */
public record StageTimes(long readMillis, long nlpMillis, long resolveMillis, long graphMillis, long storeMillis) {
    public StageTimes withRead(long millis) {
        return new StageTimes(millis, nlpMillis, resolveMillis, graphMillis, storeMillis);
    }

    public long totalMillis() {
        return readMillis + nlpMillis + resolveMillis + graphMillis + storeMillis;
    }
}
