/** The four agents of the QuantAgent design and the fusion rule: pure functions of the bars they are shown. */
package io.quantagent.agents;
