/** bench module. */
package io.quantagent.bench;
