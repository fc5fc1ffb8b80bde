package itu.tsb.visa.architecture;

/** Every public change of state of the aggregate is named in {@link ArchitectureTest}, with the use cases that own it. */
class AggregateTransitionsTest {

    @org.junit.jupiter.api.Test
    void everyPublicStateChangeOfTheAggregateHasItsOwner() {
        java.util.Set<String> changes = new java.util.TreeSet<>();
        for (java.lang.reflect.Method m : itu.tsb.visa.request.model.VisaRequest.class.getDeclaredMethods()) {
            if (java.lang.reflect.Modifier.isPublic(m.getModifiers()) && (m.getReturnType() == void.class
                    || m.getReturnType() == itu.tsb.visa.request.RequestUpdate.class)
                    && !m.getName().startsWith("set")) {
                changes.add(m.getName());
            }
        }
        org.assertj.core.api.Assertions.assertThat(ArchitectureTest.TRANSITIONS.keySet()).containsAll(changes);
    }
}
