package itu.tsb.visa.reference;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SwissRepresentationRepository extends JpaRepository<SwissRepresentation, Long> {

    List<SwissRepresentation> findAllByOrderByCountryAscCityAscIdAsc();

    List<SwissRepresentation> findByCountryOrderByCityAscIdAsc(String country);
}
