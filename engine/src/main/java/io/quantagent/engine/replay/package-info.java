/**
 * Replay and explanation of journals: {@link io.quantagent.engine.replay.ReplayVerifier} feeds a journal's inputs
 * through a fresh engine built from the configuration in the journal and checks that every record comes out
 * identical; {@link io.quantagent.engine.replay.OrderExplainer} tells why an order was placed, from the journal
 * alone.
 */
package io.quantagent.engine.replay;
