/** Which device the engine computes on: parsing {@code cpu|gpu|gpu:N} and the managers made on it. */
package org.gan4j.core.device;
