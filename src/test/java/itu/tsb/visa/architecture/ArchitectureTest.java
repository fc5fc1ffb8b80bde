package itu.tsb.visa.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module rules of the design, in code. */
@AnalyzeClasses(packages = "itu.tsb.visa", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyWorkflowKnowsCamunda = noClasses()
            .that().resideOutsideOfPackage("itu.tsb.visa.workflow..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("the engine is an adapter: only workflow/ may touch it");

    @ArchTest
    static final ArchRule onlyLetterKnowsIText = noClasses()
            .that().resideOutsideOfPackage("itu.tsb.visa.letter..")
            .should().dependOnClassesThat().resideInAPackage("com.itextpdf..")
            .because("iText is confined to letter/");

    @ArchTest
    static final ArchRule nothingDependsOnWorkflow = noClasses()
            .that().resideOutsideOfPackage("itu.tsb.visa.workflow..")
            .should().dependOnClassesThat().resideInAPackage("itu.tsb.visa.workflow..")
            .because("features own their ports; workflow implements them");

    @ArchTest
    static final ArchRule modulesDoNotDependInACircle = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition
            .slices().matching("itu.tsb.visa.(*)..").should().beFreeOfCycles()
            .because("each module is a layer others build on, never a loop");

    @ArchTest
    static final ArchRule policiesImportNoFramework = noClasses()
            .that().haveSimpleNameEndingWith("Policy")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..")
            .because("business rules are plain, unit-tested code");

    @ArchTest
    static final ArchRule onlyTimeConfigReadsTheSystemClock = noClasses()
            .that().doNotHaveSimpleName("TimeConfig")
            .should().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .because("the Clock bean is the only source of now");

    @ArchTest
    static final ArchRule onlyTheWebLayerSpeaksHttp = noClasses()
            .that().haveSimpleNameNotEndingWith("Controller").and().haveSimpleNameNotEndingWith("Filter")
            .and().doNotHaveSimpleName("ProblemHandler").and().doNotHaveSimpleName("ApiException")
            .and().doNotHaveSimpleName("SecurityConfig").and().doNotHaveSimpleName("BodySizeLimit")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.http..")
            .orShould().dependOnClassesThat().haveSimpleName("ApiException")
            .because("the domain refuses with its own exceptions (NotFound, NotAllowed, WrongState, InvalidInput);"
                    + " ProblemHandler, and the servlet filters before it, alone say them in HTTP");

    @ArchTest
    static final ArchRule letterReadsRequestsThroughItsPort = noClasses()
            .that().resideInAPackage("itu.tsb.visa.letter..")
            .should().dependOnClassesThat().haveSimpleName("VisaRequest")
            .orShould().dependOnClassesThat().haveSimpleName("Participant")
            .orShould().dependOnClassesThat().haveSimpleName("VisaRequestRepository")
            .because("letter/ prints from RequestsForLetters' read models, never from request/'s entities");

    /** Each transition of the aggregate, and the use cases that own it (and the aggregate itself). */
    static final java.util.Map<String, java.util.List<String>> TRANSITIONS = java.util.Map.ofEntries(
            java.util.Map.entry("addParticipant", java.util.List.of("SubmittingRequest")),
            java.util.Map.entry("assignReference", java.util.List.of("SubmittingRequest")),
            java.util.Map.entry("awaitRegistrations", java.util.List.of("PersonSteps")),
            java.util.Map.entry("readyForReview", java.util.List.of("PersonSteps")),
            java.util.Map.entry("expire", java.util.List.of("StepRecord")),
            java.util.Map.entry("escalate", java.util.List.of("RuleSteps")),
            java.util.Map.entry("lettersIssued", java.util.List.of("LetterSteps")),
            java.util.Map.entry("lettersAnnounced", java.util.List.of("LetterSteps")),
            java.util.Map.entry("detailsToCorrect", java.util.List.of("PersonSteps", "LetterSteps")),
            java.util.Map.entry("sendBack", java.util.List.of("ReviewingRequest")),
            java.util.Map.entry("refuse", java.util.List.of("StepRecord")),
            java.util.Map.entry("reject", java.util.List.of("ReviewingRequest")),
            java.util.Map.entry("requestChanges", java.util.List.of("ReviewingRequest")),
            java.util.Map.entry("approve", java.util.List.of("ReviewingRequest")),
            java.util.Map.entry("withdraw", java.util.List.of("WithdrawingRequest")),
            java.util.Map.entry("assignTo", java.util.List.of("AssigningRequest")),
            java.util.Map.entry("release", java.util.List.of("AssigningRequest", "ReviewingRequest")),
            java.util.Map.entry("purgePersonalData", java.util.List.of("PurgingPersonalData")),
            java.util.Map.entry("answer", java.util.List.of("CorrectingDetails")));

    @ArchTest
    static final ArchRule aggregateTransitionsAreCalledOnlyByTheUseCasesThatOwnThem = com.tngtech.archunit.lang.syntax
            .ArchRuleDefinition.classes().should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>(
                    "call only the transitions of VisaRequest that they own") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaClass caller, com.tngtech.archunit.lang.ConditionEvents events) {
                    for (var call : caller.getMethodCallsFromSelf()) {
                        if (!call.getTargetOwner().getName().equals("itu.tsb.visa.request.model.VisaRequest")) {
                            continue;
                        }
                        java.util.List<String> owners = TRANSITIONS.get(call.getName());
                        String by = caller.getSimpleName().replaceAll("\\$.*", "");
                        if (owners != null && !owners.contains(by) && !by.equals("VisaRequest")) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(call,
                                    call.getDescription() + ": " + call.getName() + " belongs to " + owners));
                        }
                    }
                }
            }).because("a request changes state only through the use case that owns the change");
}
