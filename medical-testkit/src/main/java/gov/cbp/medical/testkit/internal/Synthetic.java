package gov.cbp.medical.testkit.internal;

import java.util.List;

/**
 * The synthetic vocabulary: names, notes, codes and labels. Every name and note is marked as synthetic
 * (family names start with {@code Synthetic-}, notes with {@code Synthetic:}), so no output can be taken for a
 * real person's record.
 */
public final class Synthetic {
    private Synthetic() {}

    /** Family names, each marked synthetic. */
    public static final List<String> FAMILY_NAMES = List.of(
            "Synthetic-Rivera", "Synthetic-Lopez", "Synthetic-Hernandez", "Synthetic-Garcia", "Synthetic-Martinez",
            "Synthetic-Perez", "Synthetic-Gonzalez", "Synthetic-Ramirez", "Synthetic-Cruz", "Synthetic-Morales",
            "Synthetic-Reyes", "Synthetic-Ortiz", "Synthetic-Mendoza", "Synthetic-Castillo", "Synthetic-Vasquez",
            "Synthetic-Tzul", "Synthetic-Ixcoy", "Synthetic-Batz", "Synthetic-Chávez", "Synthetic-Pérez",
            "Synthetic-Jean", "Synthetic-Pierre", "Synthetic-Joseph", "Synthetic-Silva", "Synthetic-Santos",
            "Synthetic-Oliveira", "Synthetic-Diallo", "Synthetic-Ivanova", "Synthetic-Yilmaz", "Synthetic-Smith");

    /** Given names for females. */
    public static final List<String> GIVEN_NAMES_F = List.of(
            "Ana", "María", "Rosa", "Lucía", "Sofía", "Valeria", "Juana", "Isabel", "Daniela", "Fabiola",
            "Nadège", "Marie", "Beatriz", "Camila", "Aïssata", "Olga", "Elif", "Grace");

    /** Given names for males. */
    public static final List<String> GIVEN_NAMES_M = List.of(
            "José", "Luis", "Carlos", "Juan", "Miguel", "Jorge", "Diego", "Mateo", "Andrés", "Kevin",
            "Jean-Baptiste", "Wilner", "João", "Mamadou", "Ivan", "Emre", "David", "Samuel");

    /** Free-text observations of a welfare check. */
    public static final List<String> OBSERVATIONS = List.of(
            "Synthetic: resting quietly", "Synthetic: asleep, breathing regularly", "Synthetic: eating a meal",
            "Synthetic: asked for water, given", "Synthetic: talking with family member",
            "Synthetic: crying, consoled by parent", "Synthetic: playing with sibling",
            "Synthetic: asked about phone call", "Synthetic: sitting awake, no complaint");

    /** Free-text descriptions of a medical issue. */
    public static final List<String> ISSUES = List.of(
            "Synthetic: reports cough for three days", "Synthetic: fever reported by parent",
            "Synthetic: blisters on both feet after long walk", "Synthetic: reports abdominal pain",
            "Synthetic: dizziness, reports not eating for two days", "Synthetic: reports asthma, no inhaler",
            "Synthetic: laceration on left hand", "Synthetic: sore throat and body aches",
            "Synthetic: rash on arms", "Synthetic: vomiting since morning", "Synthetic: ankle swollen after fall",
            "Synthetic: reports diabetes, medication lost");

    /** Free-text descriptions of a medical emergency. */
    public static final List<String> EMERGENCIES = List.of(
            "Synthetic: collapsed in hold room, unresponsive", "Synthetic: seizure, shaking on the floor",
            "Synthetic: severe difficulty breathing", "Synthetic: confused and hot to the touch after long walk",
            "Synthetic: chest pain spreading to left arm", "Synthetic: heavy bleeding reported by cellmate");

    /** Free-text findings of a medical assessment. */
    public static final List<String> FINDINGS = List.of(
            "Synthetic: afebrile, lungs clear, hydrated", "Synthetic: mild dehydration, oral fluids given",
            "Synthetic: upper respiratory infection, symptomatic care", "Synthetic: superficial wound cleaned",
            "Synthetic: vital signs within normal limits", "Synthetic: fever 38.6 C, reassess in 4 h",
            "Synthetic: ankle sprain, wrapped, ice", "Synthetic: glucose elevated, medication resumed",
            "Synthetic: pregnancy about 28 weeks, no distress");

    /** Free-text medication descriptions. */
    public static final List<String> MEDICATIONS = List.of(
            "Synthetic: amoxicillin 500 mg capsules", "Synthetic: metformin 500 mg tablets",
            "Synthetic: albuterol inhaler", "Synthetic: prenatal vitamins", "Synthetic: lisinopril 10 mg",
            "Synthetic: insulin glargine pen", "Synthetic: levothyroxine 50 mcg", "Synthetic: ibuprofen 400 mg",
            "Synthetic: sertraline 50 mg", "Synthetic: amlodipine 5 mg");

    /** Free-text notes on a recorded exception. */
    public static final List<String> EXCEPTION_NOTES = List.of(
            "Synthetic: no ORR placement available", "Synthetic: transport delayed by weather",
            "Synthetic: medical hold pending clearance", "Synthetic: surge, placement requested");

    /** Coded reasons of recorded exceptions. */
    public static final List<String> EXCEPTION_REASONS = List.of(
            "orr-placement-unavailable", "transport-unavailable", "medical-hold", "surge-capacity");

    /** ICD-10-CM codes plausible in short-term custody. */
    public static final List<String> ICD10 = List.of(
            "J06.9", "R50.9", "J02.9", "R10.9", "E86.0", "T67.5XXA", "S93.401A", "L08.9", "B86", "J45.909",
            "E11.9", "I10", "A09", "R11.2", "Z33.1", "S61.412A");

    /** Symptom codes of an infectious-disease screening. */
    public static final List<String> SYMPTOMS = List.of(
            "fever", "cough", "sore-throat", "shortness-of-breath", "loss-of-taste-or-smell", "rash", "diarrhea");

    /** Diagnostic test codes. */
    public static final List<String> TESTS = List.of("covid-19-antigen", "influenza-a-b-antigen", "strep-a-rapid");

    /** Hospital names, each marked synthetic. */
    public static final List<String> HOSPITALS = List.of(
            "Synthetic Regional Medical Center", "Synthetic Community Hospital", "Synthetic Children's Hospital",
            "Synthetic University Medical Center");

    /** The revision of CBP Form 2500 used. */
    public static final String FORM_REVISION = "2500-2019-12";

    /** The number of coded questions on the form revision. */
    public static final int QUESTIONS = 10;

    /** The question about pregnancy. */
    public static final String PREGNANCY_QUESTION = "F2500-Q07";

    /** The code of question {@code n} (1-based). */
    public static String question(int n) {
        return n < 10 ? "F2500-Q0" + n : "F2500-Q" + n;
    }
}
