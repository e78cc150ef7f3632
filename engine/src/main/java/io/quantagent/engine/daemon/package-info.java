/**
 * The paper-trading daemon: {@link io.quantagent.engine.daemon.PaperDaemon} runs the engine on a replay of the
 * configured data in accelerated time and/or live exchange trades, takes operator commands as journaled inputs,
 * continues its journal after a crash or a stop, and shows itself through {@link io.quantagent.engine.daemon.DaemonView}
 * (read by the HTTP service in {@code daemon.http}).
 */
package io.quantagent.engine.daemon;
