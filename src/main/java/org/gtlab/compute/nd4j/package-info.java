/**
 * The ND4J compute backend ({@link org.gtlab.compute.nd4j.Nd4jBackend}): the only package that
 * imports {@code org.nd4j}. Loaded lazily by reflection from {@link org.gtlab.compute.Backends}.
 */
package org.gtlab.compute.nd4j;
