/**
 * The journal: every run's truth, in a Chronicle Queue of raw-byte records. The
 * {@link io.quantagent.engine.journal.JournalStage} (the pipeline's last stage, its only writer while it runs)
 * appends, for every event, the INPUT, the BARs closed, each agent's SIGNAL with its readings, the DECISION,
 * and what execution did (ACTION, ORDER, REJECT, FILL, CANCEL, RISK), and a FAULT for a stage that threw; the
 * HEADER (format and engine version, the configuration as YAML, the instrument table) comes first and the END
 * (counts and final account) last. Every record carries its journal index, its input sequence, its event time
 * and its instrument. See {@link io.quantagent.engine.journal.RecordType} and the codec of each type for the
 * layout.
 *
 * <p>{@link io.quantagent.engine.journal.JournalReader} reads a journal back as
 * {@link io.quantagent.engine.journal.JournalRecord}s, each renderable as a line of text or a JSON object;
 * {@link io.quantagent.engine.journal.JournalFeed} replays its inputs. Nothing in a journal depends on the wall
 * clock ({@link io.quantagent.engine.journal.JournalFiles}): the same input gives byte-identical files.
 */
package io.quantagent.engine.journal;
