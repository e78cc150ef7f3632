package io.quantagent.engine.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;

/** Makes the pipeline's consumer threads (daemons named {@code qa-pipeline-N}) and remembers them. */
final class PipelineThreads implements ThreadFactory {

    private final List<Thread> threads = new ArrayList<>();

    @Override
    public synchronized Thread newThread(Runnable work) {
        Thread thread = new Thread(work, "qa-pipeline-" + threads.size());
        thread.setDaemon(true);
        threads.add(thread);
        return thread;
    }

    synchronized List<Thread> threads() {
        return List.copyOf(threads);
    }
}
